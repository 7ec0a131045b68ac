import { server } from './node';
import { readActiveScenario } from './active-scenario';
import { scenarioHandlers, scenarios } from './scenarios';

const api = 'http://localhost:3000/wp-json/wp/v2';

describe('mock scenarios', () => {
  it('server-error answers 500 with a WordPress error body', async () => {
    server.use(...scenarioHandlers('server-error'));
    const response = await fetch(`${api}/posts`);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'internal_server_error', data: { status: 500 } });
  });

  it('article-error breaks only single articles', async () => {
    server.use(...scenarioHandlers('article-error'));
    expect((await fetch(`${api}/posts`)).status).toBe(200);
    expect((await fetch(`${api}/posts?slug=anything`)).status).toBe(500);
  });

  it('empty serves a site with nothing in it', async () => {
    server.use(...scenarioHandlers('empty'));
    const response = await fetch(`${api}/posts`);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get('X-WP-Total')).toBe('0');
  });

  it('flaky fails the first try of a request and answers the retry', async () => {
    server.use(...scenarioHandlers('flaky'));
    expect((await fetch(`${api}/posts`)).status).toBe(503);
    expect((await fetch(`${api}/posts`)).status).toBe(200);
  });

  it('slow still answers, through the normal handlers', async () => {
    server.use(...scenarioHandlers('slow', { latencyMs: 5 }));
    const response = await fetch(`${api}/posts?per_page=1`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(1);
  });

  it('offline fails every request at the network level', async () => {
    server.use(...scenarioHandlers('offline'));
    await expect(fetch(`${api}/posts`)).rejects.toThrow();
  });

  it('comments-refused asks for a login', async () => {
    server.use(...scenarioHandlers('comments-refused'));
    const response = await fetch(`${api}/comments`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'rest_comment_login_required' });
  });

  it('yoast serves posts with Yoast SEO’s head, server path and all', async () => {
    server.use(...scenarioHandlers('yoast'));
    const [post] = (await (await fetch(`${api}/posts?per_page=1`)).json()) as { link: string; yoast_head_json: { title: string; canonical: string; og_image?: { path: string }[] } }[];
    expect(post!.yoast_head_json.canonical).toBe(post!.link);
    expect(post!.yoast_head_json.title).toMatch(/ \| EMAC News$/);
    expect(post!.yoast_head_json.og_image?.[0]?.path).toMatch(/^\/var\/www\//);
  });

  it('every scenario has handlers or is the normal one', () => {
    for (const name of Object.keys(scenarios) as (keyof typeof scenarios)[]) {
      expect(name === 'normal' || scenarioHandlers(name).length > 0).toBe(true);
    }
  });
});

describe('the tab’s scenario', () => {
  const at = (search: string) => ({ search }) as Location;

  it('is chosen by ?scenario= and kept for the tab', () => {
    sessionStorage.clear();
    expect(readActiveScenario(at(''))).toEqual({ name: 'normal', options: {} });
    expect(readActiveScenario(at('?scenario=slow&latency=1200'))).toEqual({ name: 'slow', options: { latencyMs: 1200 }, requested: true });
    expect(readActiveScenario(at(''))).toEqual({ name: 'slow', options: { latencyMs: 1200 }, requested: true });
    expect(readActiveScenario(at('?scenario=normal'))).toEqual({ name: 'normal', options: {}, requested: true });
    expect(readActiveScenario(at(''))).toEqual({ name: 'normal', options: {}, requested: true });
  });

  it('falls back to normal for an unknown name, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readActiveScenario(at('?scenario=volcano')).name).toBe('normal');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('volcano'));
  });
});
