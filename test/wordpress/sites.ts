/**
 * The two WordPress sites the contract suite compares: the mock (its MSW
 * handlers, answering in this process) and the real one run.sh started.
 */
import { execFileSync } from 'node:child_process';
import { getResponse, type RequestHandler } from 'msw';
import { handlers } from '@/mocks/handlers';
import { resetDb } from '@/mocks/db';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface Site {
  name: 'mock' | 'wordpress';
  request(route: string, init?: RequestInit): Promise<Answer>;
}

async function toAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The mock, optionally in a scenario (its handlers in front, as `server.use` puts them). */
export function mockSite(extra: RequestHandler[] = []): Site {
  return {
    name: 'mock',
    async request(route, init) {
      const request = new Request(`http://reader.example/wp-json/wp/v2${route}`, init);
      const response = await getResponse([...extra, ...handlers], request);
      if (!response) throw new Error(`The mock has no route for ${init?.method ?? 'GET'} ${route}`);
      return toAnswer(response);
    },
  };
}

export const wordpress: Site = {
  name: 'wordpress',
  async request(route, init) {
    return toAnswer(await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2${route}`, init));
  },
};

/** The same request to both sites, the mock's store fresh from its seed. */
export async function askBoth(route: string, init?: RequestInit, mock: Site = mockSite()): Promise<{ mock: Answer; wordpress: Answer }> {
  resetDb();
  const [fromMock, fromWordPress] = await Promise.all([mock.request(route, init), wordpress.request(route, init)]);
  return { mock: fromMock, wordpress: fromWordPress };
}

/** Switches the reader's comment plugin (wordpress/emac-reader-comments.php) on the real site. */
export function setAnonymousComments(allowed: boolean): void {
  execFileSync('php', ['scripts/wordpress/set-option.php', 'emac_reader_comments', allowed ? '1' : '0']);
}

/** The real site's language (Settings → General → Site Language): `de_DE`, or '' for WordPress's own English. */
export function setWordPressLanguage(locale: string): void {
  execFileSync('php', ['scripts/wordpress/set-language.php', locale]);
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers }, body: JSON.stringify(body) };
}
