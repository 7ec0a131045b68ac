import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import type { FormatMemo } from '@/lib/i18n/format-memo';
import { LocaleProvider } from '@/lib/i18n/locale-provider';

/** The reader's providers around a router: the browser's, or the build's static one. */
export function App({ queryClient, formats, children }: { queryClient: QueryClient; formats?: FormatMemo; children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider formats={formats}>{children}</LocaleProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
