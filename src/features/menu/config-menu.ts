import * as v from 'valibot';
import type { SiteMenu } from './api/site-menu-schema';
import { menuTarget, type MenuEntry } from './menu-links';

interface ConfigItem {
  title: string;
  url: string;
  children?: ConfigItem[];
}

const itemSchema: v.GenericSchema<ConfigItem> = v.object({
  title: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  url: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  children: v.optional(v.array(v.lazy(() => itemSchema))),
});

const reported = new Set<string>();

function toEntries(items: readonly ConfigItem[], prefix: string): MenuEntry[] {
  return items.map((item, index) => ({
    id: `${prefix}${index}`,
    label: item.title,
    ...menuTarget(item.url),
    children: toEntries(item.children ?? [], `${prefix}${index}-`),
  }));
}

/**
 * The menu `site-config.json` sets in place of the site's own (`"menu": [{ "title", "url", "children" }]`),
 * or null when it sets none. A menu that is not of that form is ignored, and the console says why once.
 */
export function configMenu(config: { menu?: unknown } | undefined): SiteMenu | null {
  if (config?.menu === undefined) return null;
  const parsed = v.safeParse(v.array(itemSchema), config.menu);
  if (!parsed.success) {
    const issue = v.summarize(parsed.issues);
    if (!reported.has(issue)) {
      reported.add(issue);
      console.warn(`site-config.json: "menu" is ignored, the site's own menu is shown. Each item needs a "title" and a "url", and may have "children". ${issue}`);
    }
    return null;
  }
  return { source: 'config', entries: toEntries(parsed.output, 'config-') };
}
