import { parseSearch } from '@/lib/wordpress-search';

/** The words WordPress looked for, to mark in the results (excluded words were, by definition, not found). */
export function searchTerms(query: string): string[] {
  return parseSearch(query).include;
}
