/**
 * How WordPress reads a search (the REST API's sanitize_text_field, then
 * WP_Query::parse_search): terms are separated by spaces, tabs, commas and plus
 * signs; a "quoted phrase" is one term; a term starting with a hyphen must not
 * appear; single letters and English stopwords are ignored; and a query left
 * with no terms, or with more than nine, is matched as one sentence. The reader
 * marks the terms it finds in results, and the mock WordPress searches and ranks
 * with the same rules.
 */

// WordPress's default list (wp_get_search_stopwords, en_US).
const stopwords = new Set(
  'about an are as at be by com for from how in is it of on or that the this to was what when where who will with www'.split(' '),
);

// WP_Query::parse_search's pattern, which PHP runs over bytes: the same pieces as here, since no byte of a multi-byte character is one of the separators.
const piecePattern = /".*?("|$)|((?<=[\t ",+])|^)[^\t ",+]+/g;

export interface SearchTerms {
  /** Each must appear in the title, excerpt or content. */
  include: string[];
  /** None may appear. */
  exclude: string[];
  /**
   * How many pieces the query split into, stopwords and single letters included
   * (WordPress's search_terms_count): with more than one, WordPress ranks by the
   * whole sentence as well as by the terms.
   */
  pieces: number;
  /** The whole search as WP_Query holds it (`$q['s']`), which it ranks titles, excerpts and contents by. */
  sentence: string;
}

/** PHP's trim(): not the Unicode spaces JavaScript's trim() also takes. */
function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');
}

/**
 * The search as WordPress's REST API hands it to WP_Query (sanitize_text_field):
 * runs of white space made one space, the ends trimmed, and percent-encoded
 * octets removed. (It also strips HTML tags, which this leaves alone.)
 */
export function sanitizeSearch(query: string): string {
  let text = phpTrim(query.replace(/[\r\n\t ]+/g, ' '));
  let found = false;
  for (let octet = /%[a-f0-9]{2}/i.exec(text); octet; octet = /%[a-f0-9]{2}/i.exec(text)) {
    text = text.replaceAll(octet[0], '');
    found = true;
  }
  return found ? phpTrim(text.replace(/ +/g, ' ')) : text;
}

/** WP_Query::parse_search_terms: a quoted phrase keeps its inner spaces; the hyphen still on a term makes `-the` no stopword. */
function searchable(piece: string): string | null {
  const term = /^".+"$/.test(piece) ? piece.replace(/^["']+|["']+$/g, '') : piece.replace(/^["' ]+|["' ]+$/g, '');
  if (!term || (term.length === 1 && /^[a-z-]$/i.test(term))) return null;
  return stopwords.has(term.toLowerCase()) ? null : term;
}

/** PHP's stripslashes(), which parse_search runs although the REST API has added no slashes: a backslash goes. */
function stripSlashes(text: string): string {
  return text.replace(/\\(.?)/gs, (_, next: string) => (next === '0' ? '\0' : next));
}

export function parseSearch(query: string): SearchTerms {
  const sentence = stripSlashes(sanitizeSearch(query));
  if (!sentence) return { include: [], exclude: [], pieces: 0, sentence };
  const pieces = sentence.match(piecePattern) ?? [];
  // Repeats are kept, as WordPress keeps them: they count towards its limits of nine terms and of six ranked ones.
  let terms = pieces.map(searchable).filter((term) => term !== null);
  if (terms.length === 0 || terms.length > 9) terms = [sentence];
  const include: string[] = [];
  const exclude: string[] = [];
  for (const term of terms) {
    if (term.startsWith('-')) exclude.push(term.slice(1));
    else include.push(term);
  }
  return { include, exclude, pieces: Math.max(pieces.length, 1), sentence };
}

/**
 * Whether WordPress can order this search by relevance. It ranks by the words
 * to find, so a search of words to leave out only gets an ORDER BY with nothing
 * in it, which the database refuses, and an empty list. And PHP takes "0" for no
 * search at all, so the REST API refuses to rank it (rest_no_search_term_defined).
 */
export function ranksByRelevance(query: string): boolean {
  const sentence = sanitizeSearch(query);
  return sentence !== '0' && parseSearch(sentence).include.length > 0;
}
