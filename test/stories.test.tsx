/**
 * Every story is a test: each one renders through the real components on the
 * mock WordPress (its parameters.msw handlers applied to the test server), its
 * play function runs, and anything it throws or logs as an error fails here.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, waitFor } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import { annotations } from '../.storybook/annotations';
import { server } from '@/mocks/node';

setProjectAnnotations(annotations);

// Stories render as in Storybook, outside act(); React's act() warnings are about test style, not about the story.
const reactGlobals = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;
beforeEach(() => {
  actEnvironment = reactGlobals.IS_REACT_ACT_ENVIRONMENT;
  reactGlobals.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  reactGlobals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
});

type StoryModule = Parameters<typeof composeStories>[0];
interface RunnableStory {
  parameters: Record<string, unknown>;
  run: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
}
const modules = import.meta.glob<StoryModule>('../src/**/*.stories.tsx', { eager: true });

function mswHandlers(parameters: Record<string, unknown>): RequestHandler[] {
  const msw = parameters.msw as { handlers?: RequestHandler[] | Record<string, RequestHandler[]> } | undefined;
  if (!msw?.handlers) return [];
  return Array.isArray(msw.handlers) ? msw.handlers : Object.values(msw.handlers).flat();
}

describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module)) as [string, RunnableStory][];
  it.each(stories)('%s renders without an error', async (_name, Story) => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args);
      original(...args);
    };
    try {
      server.use(...mswHandlers(Story.parameters));
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      await Story.run({ canvasElement });
      // Views render after their lazy route loads; wait for something to show, then for data to settle.
      await waitFor(() => expect(canvasElement.childElementCount).toBeGreaterThan(0));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // A story about a failure may log it on purpose, and says so.
      if (!Story.parameters.logsErrors) expect(errors).toEqual([]);
    } finally {
      console.error = original;
      cleanup();
      document.body.innerHTML = '';
    }
  });
});

describe('the workshop', () => {
  it('has stories for every component a reader sees', () => {
    const components = Object.keys(import.meta.glob('../src/{components,features/*/components,app/layout}/*.tsx')).filter(
      (path) => !/\.(test|stories)\.tsx$/.test(path) && !/-skeleton\.tsx$/.test(path),
    );
    const storyFiles = new Set(Object.keys(modules).map((path) => path.replace('.stories.tsx', '.tsx')));
    const covered = (path: string) => storyFiles.has(path) || storiesCoverComponent(path);
    expect(components.filter((path) => !covered(path))).toEqual([]);
  });
});

/** A component drawn inside another's stories (a skeleton, a list's card) names that story file in its `parameters.covers`. */
function storiesCoverComponent(path: string): boolean {
  const name = path.split('/').pop()!.replace('.tsx', '');
  return Object.values(modules).some((module) => {
    const covers = (module.default as { parameters?: { covers?: string[] } }).parameters?.covers ?? [];
    return covers.includes(name);
  });
}
