import * as v from 'valibot';
import { requestJson } from '@/lib/http';
import { htmlToText } from '@/lib/html';
import { maxPerPage, wpUrl } from '@/lib/wordpress';
import type { Taxonomy } from './terms';

/** Reading categories and tags from WordPress; loaded when a query first needs it (terms.ts). */

export const termSchema = v.looseObject({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
  count: v.optional(v.number(), 0),
  parent: v.optional(v.number(), 0),
});


/**
 * A term as pages show it. Not its post count, which no page shows: every
 * prerendered page holds the menu's terms, and a count in them would make the
 * whole site differ at each published post (README, "Rebuild only what changed").
 */
export interface TaxonomyTerm {
  id: number;
  name: string;
  slug: string;
  description: string;
}

/** The fields toTerm reads, and all a request needs to ask for. */
const termFields = 'id,name,slug,description';

export function toTerm(term: v.InferOutput<typeof termSchema>): TaxonomyTerm {
  return {
    id: term.id,
    name: htmlToText(term.name),
    slug: term.slug,
    description: htmlToText(term.description),
  };
}

export async function fetchTerms(taxonomy: Taxonomy, signal?: AbortSignal): Promise<TaxonomyTerm[]> {
  const { data } = await requestJson(wpUrl(`/${taxonomy}`), {
    schema: v.array(termSchema),
    signal,
    // The menu lists the busiest sections first, as WordPress orders them.
    query: { per_page: maxPerPage, hide_empty: true, orderby: 'count', order: 'desc', _fields: termFields },
  });
  return data.map(toTerm);
}

/** A term by slug, or null when the site has none (WordPress answers an empty list). */
export async function fetchTermBySlug(taxonomy: Taxonomy, slug: string, signal?: AbortSignal) {
  const { data } = await requestJson(wpUrl(`/${taxonomy}`), {
    schema: v.array(termSchema),
    signal,
    query: { slug, _fields: termFields },
  });
  const term = data[0];
  return term ? toTerm(term) : null;
}

