import { parseSearch } from '@/lib/wordpress-search';
import { like, type SearchedPost } from './search-match';

// PHP's \s outside Unicode mode: ASCII white space only.
const wordLeftOut = /(?:[ \t\n\v\f\r]|^)-/;

/**
 * WordPress's `orderby=relevance` (WP_Query::parse_search_order, WP 6.x) as a
 * rank, lower first, that the caller sorts by before post_date. Null when
 * WordPress cannot rank the search: with no word to find it writes an ORDER BY
 * with nothing in it, the database refuses the query, and the list comes back
 * empty.
 */
export function relevanceRank(search: string): ((post: SearchedPost) => number) | null {
  const { include: terms, pieces, sentence } = parseSearch(search);
  // PHP's empty(): a search that is "" or "0" once WP_Query has read it is not ranked at all, only dated.
  if (sentence === '' || sentence === '0') return () => 0;
  const [first] = terms;
  if (first === undefined) return null;
  // One piece: posts with the term in their title first.
  if (pieces === 1) return (post) => (like(post.title, first) ? 1 : 2);

  // With a word to leave out, the sentence is not looked for.
  const whole = wordLeftOut.test(sentence) ? null : sentence;
  // Past six terms WordPress ranks by the sentence alone: few titles are that long.
  const byTerms = terms.length < 7;
  return (post) => {
    if (whole !== null && like(post.title, whole)) return 1;
    if (byTerms && terms.every((term) => like(post.title, term))) return 2;
    if (byTerms && terms.length > 1 && terms.some((term) => like(post.title, term))) return 3;
    if (whole !== null && like(post.excerpt, whole)) return 4;
    if (whole !== null && like(post.content, whole)) return 5;
    return 6;
  };
}
