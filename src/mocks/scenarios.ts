import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { handlers } from './handlers';
import { wp } from './handlers/paths';
import { postRoutes } from './handlers/posts';
import { yoastHeadFor } from './handlers/yoast-head';
import { wpError } from './handlers/wp-response';

/**
 * Named situations the fake WordPress can be put in. Each is a list of
 * handlers placed in front of the normal ones, so the same names work in the
 * browser (`?scenario=slow`), in tests (`server.use(...scenarioHandlers('slow'))`)
 * and in stories (`parameters.msw.handlers`).
 */
export const scenarios = {
  normal: 'Everything works, as on a stock WordPress with the reader’s comments plugin: a first comment waits for moderation.',
  slow: 'Every API answer is delayed (latency in ms, default 2500).',
  offline: 'The network is down: every API request fails.',
  'server-error': 'WordPress answers 500 to every article request, list and single.',
  'wordpress-down': 'WordPress is down: every REST request answers 503, as in maintenance mode or with its database gone.',
  'article-error': 'Lists work, but opening an article answers 500.',
  empty: 'A brand-new site: no articles, categories, tags or comments.',
  flaky: 'The first try of each request fails with 503; retries recover.',
  'comments-refused': 'A stock WordPress without the reader’s comments plugin: posting a comment needs a login (401 rest_comment_login_required).',
  'newsletter-down': 'The newsletter endpoint answers 503.',
  'no-paging-headers': 'A proxy strips X-WP-Total, X-WP-TotalPages and Link from every answer.',
  'comment-answer-lost': 'A new comment is stored, but its answer is lost on the way back (a network failure).',
  'bad-post': 'The second post of every list comes with title null and categories ["1"].',
  yoast: 'The site runs Yoast SEO: posts carry yoast_head_json, which the page head uses first.',
} as const;

export type ScenarioName = keyof typeof scenarios;

export interface ScenarioOptions {
  /** Milliseconds of delay for `slow`. */
  latencyMs?: number;
}

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(scenarios, value);
}

const serverError = () => wpError(500, 'internal_server_error', 'There has been a critical error on this website.');
const emptyList = () => HttpResponse.json([], { headers: { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } });

export function scenarioHandlers(name: ScenarioName, options: ScenarioOptions = {}): RequestHandler[] {
  switch (name) {
    case 'normal':
      return [];
    case 'slow':
      return [
        // Waits, then returns nothing, so the normal handler answers.
        http.all('*/wp-json/*', async () => {
          await delay(options.latencyMs ?? 2500);
        }),
        http.get('*/site-config.json', async () => {
          await delay(Math.min(options.latencyMs ?? 2500, 800));
        }),
      ];
    case 'offline':
      return [http.all('*/wp-json/*', () => HttpResponse.error())];
    case 'server-error':
      return [http.get(wp('/wp/v2/posts'), serverError), http.get(wp('/wp/v2/posts/:id'), serverError)];
    case 'wordpress-down':
      return [http.all('*/wp-json/*', () => wpError(503, 'service_unavailable', 'Briefly unavailable for scheduled maintenance. Check back in a minute.'))];
    case 'article-error':
      return [
        http.get(wp('/wp/v2/posts'), ({ request }) => {
          if (new URL(request.url).searchParams.has('slug')) return serverError();
        }),
      ];
    case 'empty':
      return [
        http.get(wp('/wp/v2/posts'), emptyList),
        http.get(wp('/wp/v2/categories'), emptyList),
        http.get(wp('/wp/v2/tags'), emptyList),
        http.get(wp('/wp/v2/comments'), emptyList),
      ];
    case 'flaky': {
      const seen = new Set<string>();
      return [
        http.all('*/wp-json/*', ({ request }) => {
          const key = `${request.method} ${request.url}`;
          if (seen.has(key)) return;
          seen.add(key);
          return wpError(503, 'service_unavailable', 'The server is busy. Please try again.');
        }),
      ];
    }
    case 'comments-refused':
      return [http.post(wp('/wp/v2/comments'), () => wpError(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.'))];
    case 'yoast':
      return postRoutes((post, origin) => ({ yoast_head_json: yoastHeadFor(post, origin) }));
    case 'newsletter-down':
      return [http.post('*/wp-json/newsletter/v1/*', () => wpError(503, 'service_unavailable', 'The newsletter service is unavailable.'))];
    case 'no-paging-headers':
      return [
        http.get('*/wp-json/*', async ({ request }) => {
          const response = await getResponse(handlers, request);
          if (!response) return;
          const headers = new Headers(response.headers);
          for (const name of ['X-WP-Total', 'X-WP-TotalPages', 'Link']) headers.delete(name);
          return new HttpResponse(response.body, { status: response.status, headers });
        }),
      ];
    case 'comment-answer-lost':
      return [
        http.post(wp('/wp/v2/comments'), async ({ request }) => {
          const response = await getResponse(handlers, request);
          // Stored (or refused) as usual; only a success loses its answer.
          return response && response.status === 201 ? HttpResponse.error() : response;
        }),
      ];
    case 'bad-post':
      return [
        http.get(wp('/wp/v2/posts'), async ({ request }) => {
          const response = await getResponse(handlers, request);
          if (!response?.ok) return response;
          const posts = (await response.json()) as Record<string, unknown>[];
          if (posts[1]) posts[1] = { ...posts[1], title: null, categories: ['1'] };
          return HttpResponse.json(posts, { headers: response.headers });
        }),
      ];
  }
}
