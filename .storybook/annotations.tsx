import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createQueryClient } from '../src/app/query-client';
import { LocaleProvider } from '../src/lib/i18n/locale-provider';
import { resetDb, setSiteLanguage } from '../src/mocks/db';
import { seedLocale } from '../test/locale';
import '../src/app/styles/global.css';

/** Each story gets a fresh store and a fresh cache, so stories never leak into each other. */
function StoryProviders({ route, router, locale, children }: { route: string; router: boolean; locale: string; children: ReactNode }) {
  const [client] = useState(() => {
    resetDb();
    // The mock site in the toolbar's language: its front page says it, its (English) posts carry `lang: en`.
    setSiteLanguage(locale);
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ ...queryClient.getDefaultOptions(), queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
    seedLocale(queryClient, locale);
    return queryClient;
  });
  return (
    <QueryClientProvider client={client}>
      <Suspense fallback={null}>
        <LocaleProvider>{router ? <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter> : children}</LocaleProvider>
      </Suspense>
    </QueryClientProvider>
  );
}

// Keyed by the language: a switch in the toolbar starts the story again in the other language.
const withProviders: Decorator = (Story, context) => {
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  return (
    <StoryProviders key={locale} locale={locale} route={(context.parameters.route as string | undefined) ?? '/'} router={context.parameters.router !== false}>
      <Story />
    </StoryProviders>
  );
};

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
    locale: {
      description: 'The site language the mock WordPress is seeded in',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'fr-FR', title: 'Français' },
          { value: 'es-ES', title: 'Español' },
          { value: 'pt-BR', title: 'Português' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
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

