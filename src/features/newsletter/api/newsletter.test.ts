import { readNewsletterConfig, resolveNewsletterEndpoint } from './newsletter';

const mock = { usesMockApi: true, apiRoot: 'http://localhost:3000/wp-json' };
const real = { usesMockApi: false, apiRoot: 'https://news.example.com/wp-json' };

describe('newsletter endpoint', () => {
  it('uses a configured endpoint, absolute or relative, on either API', () => {
    expect(resolveNewsletterEndpoint({ endpoint: '/api/subscribe' }, real)).toBe('/api/subscribe');
    expect(resolveNewsletterEndpoint({ endpoint: 'https://lists.example.com/join' }, real)).toBe('https://lists.example.com/join');
    expect(resolveNewsletterEndpoint({ endpoint: 'https://lists.example.com/join' }, mock)).toBe('https://lists.example.com/join');
  });

  it('uses the mock’s endpoint on the built-in mock', () => {
    expect(resolveNewsletterEndpoint({ endpoint: null }, mock)).toBe('http://localhost:3000/wp-json/newsletter/v1/subscribers');
  });

  it('hides the box on a real site without an endpoint', () => {
    expect(resolveNewsletterEndpoint({ endpoint: null }, real)).toBeNull();
  });
});

describe('newsletter configuration', () => {
  it('reads the endpoint, trimmed, and a missing one as none', () => {
    expect(readNewsletterConfig({ endpoint: ' /lists/join ' })).toEqual({ endpoint: '/lists/join' });
    expect(readNewsletterConfig({ endpoint: null })).toEqual({ endpoint: null });
    expect(readNewsletterConfig({})).toEqual({ endpoint: null });
    expect(readNewsletterConfig(undefined)).toEqual({ endpoint: null });
  });

  it.each([[{ endpoint: 42 }], [{ endpoint: '' }], [{ endpoint: 'http://' }], ['yes']])(
    'treats %j as no endpoint, and says so',
    (section) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      expect(readNewsletterConfig(section)).toEqual({ endpoint: null });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"newsletter"'));
      warn.mockRestore();
    },
  );
});
