import { parseSearch } from '@/lib/wordpress-search';
import { searchTerms } from './search-terms';

describe('reading a search as WordPress does', () => {
  it('splits on spaces, commas and plus signs, keeps a quoted phrase whole and drops repeats', () => {
    expect(parseSearch('  marine,engine+"spare parts"  Marine ')).toEqual({ include: ['marine', 'engine', 'spare parts'], exclude: [] });
  });

  it('sets aside a term with a leading hyphen, single letters and stopwords', () => {
    expect(parseSearch('the pumps of a -diesel x')).toEqual({ include: ['pumps'], exclude: ['diesel'] });
  });

  it('matches a query of only stopwords, or of more than nine terms, as one sentence', () => {
    expect(parseSearch('what is the')).toEqual({ include: ['what is the'], exclude: [] });
    const long = 'one two three four five six seven eight nine ten';
    expect(parseSearch(long)).toEqual({ include: [long], exclude: [] });
  });

  it('finds nothing to look for in an empty query', () => {
    expect(parseSearch('   ')).toEqual({ include: [], exclude: [] });
  });

  it('marks only the terms that were looked for', () => {
    expect(searchTerms('generator -diesel')).toEqual(['generator']);
  });
});
