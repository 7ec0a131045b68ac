import { escapeRegExp } from '@/lib/escape-reg-exp';
import { parseSearch } from '@/lib/wordpress-search';

/** The words WordPress looked for, to mark in the results (excluded words were, by definition, not found). */
export function searchTerms(query: string): string[] {
  return parseSearch(query).include;
}

/**
 * Splits text into the pieces between and at the terms, case-insensitively:
 * `[plain, match, plain, ...]`, so odd indexes are matches. Longer terms win
 * where two overlap; every character of a term is taken literally.
 */
export function splitAtTerms(text: string, terms: readonly string[]): string[] {
  const wanted = terms.filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || !text) return [text];
  const pattern = new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'giu');
  return text.split(pattern);
}
