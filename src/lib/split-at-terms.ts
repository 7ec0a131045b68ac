import { escapeRegExp } from './escape-reg-exp';

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
