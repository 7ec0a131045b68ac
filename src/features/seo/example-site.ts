import type { SiteContext } from './head-model';

/** A reader at news.example.com in front of a WordPress at wp.example.com, for tests of the head. */
export function exampleSite(overrides: Partial<SiteContext> = {}): SiteContext {
  return {
    siteUrl: 'https://news.example.com',
    siteName: 'Example News',
    locale: 'en_US',
    wordpressOrigin: 'https://wp.example.com',
    wordpressIsReader: false,
    toReaderPath: () => null,
    defaultImage: { url: 'https://news.example.com/og-default.jpg', width: 1200, height: 630, alt: 'Example News' },
    logo: { url: 'https://news.example.com/publisher-logo.png', width: 600, height: 60 },
    ...overrides,
  };
}
