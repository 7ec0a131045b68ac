import { http, HttpResponse } from 'msw';
import siteConfig from '../../../public/site-config.json';

/**
 * The site configuration is a static file a deployment can replace. The mock
 * serves the shipped default so tests and stories, which have no static
 * server, read the same file.
 */
export const siteHandlers = [http.get('*/site-config.json', () => HttpResponse.json(siteConfig))];
