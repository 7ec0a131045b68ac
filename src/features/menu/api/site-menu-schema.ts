import * as v from 'valibot';
import type { MenuEntry } from '../menu-links';

/** The site's menu: WordPress's classic menu (`menu`), its block theme's navigation (`navigation`) or, without either, its pages (`pages`), to which the reader adds its categories. */
export interface SiteMenu {
  source: 'menu' | 'navigation' | 'pages' | 'config';
  entries: MenuEntry[];
}

export const siteMenuKey = ['site-menu'] as const;

const entrySchema: v.GenericSchema<MenuEntry> = v.object({
  id: v.string(),
  label: v.string(),
  href: v.string(),
  external: v.boolean(),
  children: v.array(v.lazy(() => entrySchema)),
});

export const siteMenuSchema = v.object({ source: v.picklist(['menu', 'navigation', 'pages', 'config']), entries: v.array(entrySchema) });
