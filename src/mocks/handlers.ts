import { commentHandlers } from './handlers/comments';
import { mediaAndUserHandlers } from './handlers/media-and-users';
import { menuHandlers } from './handlers/menus';
import { navigationHandlers } from './handlers/navigation';
import { newsletterHandlers } from './handlers/newsletter';
import { pageHandlers } from './handlers/pages';
import { postHandlers } from './handlers/posts';
import { siteHandlers } from './handlers/site';
import { taxonomyHandlers } from './handlers/taxonomies';

/** The fake WordPress, as dev, tests and stories all use it. */
export const handlers = [...postHandlers, ...pageHandlers, ...menuHandlers, ...navigationHandlers, ...taxonomyHandlers, ...commentHandlers, ...mediaAndUserHandlers, ...newsletterHandlers, ...siteHandlers];
