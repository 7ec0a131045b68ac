/**
 * Every story is a test: each one renders through the real components on the
 * mock WordPress (its parameters.msw handlers applied to the test server), and
 * its play function checks what the story exists to show. Anything it throws,
 * or logs as an error or warning it did not declare in
 * `parameters.expectedConsole`, fails here.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import { annotations } from '../.storybook/annotations';
import { server } from '@/mocks/node';
import { expectConsole } from './console-guard';

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
  (): React.ReactElement;
  parameters: Record<string, unknown>;
  tags: string[];
  play?: unknown;
  run: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
}
interface ExpectedConsole {
  pattern: RegExp;
  reason: string;
}
const modules = import.meta.glob<StoryModule>('../src/**/*.stories.tsx', { eager: true });

function mswHandlers(parameters: Record<string, unknown>): RequestHandler[] {
  const msw = parameters.msw as { handlers?: RequestHandler[] | Record<string, RequestHandler[]> } | undefined;
  if (!msw?.handlers) return [];
  return Array.isArray(msw.handlers) ? msw.handlers : Object.values(msw.handlers).flat();
}

describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module)) as [string, RunnableStory][];
  it.each(stories)('%s shows what it exists to show', async (_name, Story) => {
    // The play function finds what the story is about by role or text, waiting for it: no sleeping here.
    expect(Story.play, 'a play function that checks what the story shows').toBeTypeOf('function');
    // A story about a failure may log it on purpose, and says which and why.
    for (const { pattern, reason } of (Story.parameters.expectedConsole as ExpectedConsole[] | undefined) ?? []) expectConsole(pattern, reason);
    try {
      server.use(...mswHandlers(Story.parameters));
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      // A play function that checks what only a browser does (a popover opening) is played in
      // Chromium by test/e2e/workshop.e2e.ts; here the story must still render.
      if (Story.tags.includes('needs-browser')) render(<Story />, { container: canvasElement });
      else await Story.run({ canvasElement });
    } finally {
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
