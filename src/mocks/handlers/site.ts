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

/** The front page's opening, as a theme prints it: `<html lang>` is the site language. */
function frontPage() {
  const lang = db.settings.language.replace(/_/g, '-');
  const dir = /^(ar|he|fa|ur)\b/i.test(lang) ? ' dir="rtl"' : '';
  return HttpResponse.html(`<!DOCTYPE html>\n<html lang="${lang}"${dir}>\n<head><meta charset="UTF-8"><title>${siteConfig.siteName}</title></head>\n<body class="home blog"></body>\n</html>\n`);
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
  // The site's home (`home` in the index): only a fetch for it, never the reader's own navigation, which the worker lets through.
  http.get(/^https?:\/\/[^/]+\/$/, () => frontPage()),
];
