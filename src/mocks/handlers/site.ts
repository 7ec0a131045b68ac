import { http, HttpResponse } from 'msw';
import siteConfig from '../../../public/site-config.json';

/**
 * The site configuration is a static file a deployment can replace. Tests and
 * stories, which have no static server, get the shipped default from here; in
 * a browser the worker lets the request through to the server (browser.ts).
 */
export const siteHandlers = [http.get('*/site-config.json', () => HttpResponse.json(siteConfig))];
