import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createQueryClient } from '../src/app/query-client';
import { resetDb } from '../src/mocks/db';
import '../src/app/styles/global.css';

/** Each story gets a fresh store and a fresh cache, so stories never leak into each other. */
function StoryProviders({ route, router, children }: { route: string; router: boolean; children: ReactNode }) {
  const [client] = useState(() => {
    resetDb();
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
    return queryClient;
  });
  return (
    <QueryClientProvider client={client}>
      {router ? <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter> : children}
    </QueryClientProvider>
  );
}

const withProviders: Decorator = (Story, context) => (
  <StoryProviders route={(context.parameters.route as string | undefined) ?? '/'} router={context.parameters.router !== false}>
    <Story />
  </StoryProviders>
);

/** The light/dark switch in the toolbar sets the same attribute the tokens read. */
function ThemeRoot({ theme, children }: { theme?: string; children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    if (!theme || theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
  return children;
}

const withTheme: Decorator = (Story, context) => (
  <ThemeRoot theme={context.globals.theme as string | undefined}>
    <Story />
  </ThemeRoot>
);

/** Everything a story needs but the mock itself, shared by Storybook and the test suite's story runner. */
export const annotations: Preview = {
  decorators: [withTheme, withProviders],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'Follow the system' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { matchers: { color: /(background|color)$/i, date: /date$/i } },
    viewport: {
      options: {
        phone: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        smallPhone: { name: 'Small phone (320 × 640)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (820 × 1180)', styles: { width: '820px', height: '1180px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

