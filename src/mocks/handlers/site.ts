import { http, HttpResponse } from 'msw';
import siteConfig from '../../../public/site-config.json';
import { db } from '../db';

/** WordPress's REST index (`/wp-json/`): the site's name and clock, and `_fields` as WordPress reads it. */
function restIndex(request: Request) {
  const url = new URL(request.url);
  const index: Record<string, unknown> = {
    name: siteConfig.siteName,
    description: siteConfig.tagline,
    url: url.origin,
    home: url.origin,
    gmt_offset: db.settings.gmtOffset,
    timezone_string: db.settings.timezone,
    namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
    authentication: [],
    routes: {},
  };
  const fields = url.searchParams.get('_fields');
  if (!fields) return HttpResponse.json(index);
  const wanted = new Set(fields.split(',').map((field) => field.trim()));
  return HttpResponse.json(Object.fromEntries(Object.entries(index).filter(([key]) => wanted.has(key))));
}

/**
 * The site configuration is a static file a deployment can replace. Tests and
 * stories, which have no static server, get the shipped default from here; in
 * a browser the worker lets the request through to the server (browser.ts).
 */
export const siteHandlers = [
  http.get('*/site-config.json', () => HttpResponse.json(siteConfig)),
  http.get('*/wp-json/', ({ request }) => restIndex(request)),
  http.get('*/wp-json', ({ request }) => restIndex(request)),
];
