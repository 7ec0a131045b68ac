import * as v from 'valibot';
import { queryOptions } from '@tanstack/react-query';
import { requestJson } from '@/lib/http';
import { htmlToText } from '@/lib/html';
import { maxPerPage, wpUrl } from '@/lib/wordpress';

export const termSchema = v.looseObject({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
  count: v.optional(v.number(), 0),
  parent: v.optional(v.number(), 0),
});

export type Taxonomy = 'categories' | 'tags';

export interface TaxonomyTerm {
  id: number;
  name: string;
  slug: string;
  description: string;
  count: number;
}

export function toTerm(term: v.InferOutput<typeof termSchema>): TaxonomyTerm {
  return {
    id: term.id,
    name: htmlToText(term.name),
    slug: term.slug,
    description: htmlToText(term.description),
    count: term.count,
  };
}

export async function fetchTerms(taxonomy: Taxonomy, signal?: AbortSignal): Promise<TaxonomyTerm[]> {
  const { data } = await requestJson(wpUrl(`/${taxonomy}`), {
    schema: v.array(termSchema),
    signal,
    query: { per_page: maxPerPage, hide_empty: true, orderby: 'count', order: 'desc' },
  });
  return data.map(toTerm);
}

/** A term by slug, or null when the site has none (WordPress answers an empty list). */
export async function fetchTermBySlug(taxonomy: Taxonomy, slug: string, signal?: AbortSignal) {
  const { data } = await requestJson(wpUrl(`/${taxonomy}`), {
    schema: v.array(termSchema),
    signal,
    query: { slug },
  });
  const term = data[0];
  return term ? toTerm(term) : null;
}

export const termQueries = {
  all: (taxonomy: Taxonomy) => [taxonomy] as const,
  list: (taxonomy: Taxonomy) =>
    queryOptions({
      queryKey: [...termQueries.all(taxonomy), 'list'] as const,
      queryFn: ({ signal }) => fetchTerms(taxonomy, signal),
      staleTime: 5 * 60_000,
    }),
  bySlug: (taxonomy: Taxonomy, slug: string) =>
    queryOptions({
      queryKey: [...termQueries.all(taxonomy), 'detail', slug] as const,
      queryFn: ({ signal }) => fetchTermBySlug(taxonomy, slug, signal),
      staleTime: 5 * 60_000,
    }),
};
