/**
 * How WordPress reads a search (WP_Query::parse_search): terms are separated
 * by spaces, tabs, commas and plus signs; a "quoted phrase" is one term; a term
 * starting with a hyphen must not appear; single letters and English stopwords
 * are ignored; and a query left with no terms, or with more than nine, is
 * matched as one sentence. The reader marks the terms it finds in results, and
 * the mock WordPress searches with the same rules.
 */

// WordPress's default list (wp_get_search_stopwords, en_US).
const stopwords = new Set(
  'about an are as at be by com for from how in is it of on or that the this to was what when where who will with www'.split(' '),
);

export interface SearchTerms {
  /** Each must appear in the title, excerpt or content. */
  include: string[];
  /** None may appear. */
  exclude: string[];
}

export function parseSearch(query: string): SearchTerms {
  const include: string[] = [];
  const exclude: string[] = [];
  const raw = query.match(/".*?("|$)|((?<=[\t ",+])|^)[^\t ",+]+/g) ?? [];
  for (const match of raw) {
    let term = match.replace(/^[\s"]+|[\s"]+$/g, '');
    if (!term || (term.length === 1 && /[a-z-]/i.test(term))) continue;
    const excluded = term.length > 1 && term.startsWith('-');
    if (excluded) term = term.slice(1);
    if (stopwords.has(term.toLowerCase())) continue;
    const list = excluded ? exclude : include;
    if (!list.some((known) => known.toLowerCase() === term.toLowerCase())) list.push(term);
  }
  if (include.length + exclude.length === 0 || include.length + exclude.length > 9) {
    const sentence = query.trim();
    return { include: sentence ? [sentence] : [], exclude: [] };
  }
  return { include, exclude };
}
