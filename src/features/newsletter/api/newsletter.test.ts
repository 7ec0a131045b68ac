import { readNewsletterConfig, resolveNewsletterEndpoint } from './newsletter';

const mock = { usesMockApi: true, apiRoot: 'http://localhost:3000/wp-json', origin: 'http://localhost:3000' };
const real = { usesMockApi: false, apiRoot: 'https://news.example.com/wp-json', origin: 'https://reader.example.com' };

describe('newsletter endpoint', () => {
  it('uses a configured endpoint, resolved against the page', () => {
    expect(resolveNewsletterEndpoint({ endpoint: '/api/subscribe' }, real)).toBe('https://reader.example.com/api/subscribe');
    expect(resolveNewsletterEndpoint({ endpoint: 'https://lists.example.com/join' }, mock)).toBe('https://lists.example.com/join');
  });

  it('uses the mock’s endpoint on the built-in mock', () => {
    expect(resolveNewsletterEndpoint({ endpoint: null }, mock)).toBe('http://localhost:3000/wp-json/newsletter/v1/subscribers');
  });

  it('hides the box on a real site without an endpoint', () => {
    expect(resolveNewsletterEndpoint({ endpoint: null }, real)).toBeNull();
  });

  it('treats an unreadable section as no endpoint, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readNewsletterConfig({ endpoint: 42 })).toEqual({ endpoint: null });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"newsletter"'));
    expect(readNewsletterConfig(undefined)).toEqual({ endpoint: null });
  });
});
