import { parseSearch, ranksByRelevance, sanitizeSearch } from './wordpress-search';

describe('reading a search as WordPress does', () => {
  it('splits on spaces, commas and plus signs, keeps a quoted phrase whole and keeps repeats', () => {
    expect(parseSearch('  marine,engine+"spare parts"  Marine ')).toEqual({
      include: ['marine', 'engine', 'spare parts', 'Marine'],
      exclude: [],
      pieces: 4,
      sentence: 'marine,engine+"spare parts" Marine',
    });
  });

  it('sets aside a term with a leading hyphen, single letters and stopwords, but counts them as pieces', () => {
    expect(parseSearch('the pumps of a -diesel x')).toEqual({ include: ['pumps'], exclude: ['diesel'], pieces: 6, sentence: 'the pumps of a -diesel x' });
  });

  it('leaves out a stopword written with a hyphen, since the hyphen is still on it when WordPress checks', () => {
    expect(parseSearch('crew -the')).toMatchObject({ include: ['crew'], exclude: ['the'] });
  });

  it('trims apostrophes off a term, and keeps the spaces inside a quoted phrase', () => {
    expect(parseSearch("'crew' \" spare \"")).toMatchObject({ include: ['crew', ' spare '] });
  });

  it('matches a query of only stopwords, or of more than nine terms, as one sentence', () => {
    expect(parseSearch('what is the')).toEqual({ include: ['what is the'], exclude: [], pieces: 3, sentence: 'what is the' });
    const long = 'one two three four five six seven eight nine ten';
    expect(parseSearch(long)).toMatchObject({ include: [long], pieces: 10 });
    expect(parseSearch('-one two three four five six seven eight nine ten')).toMatchObject({ include: [], exclude: [long] });
  });

  it('reads the search as the REST API hands it on: one space for many, no percent-encoded octets, no backslashes', () => {
    expect(sanitizeSearch(' \t"service \n desk"  ')).toBe('"service desk"');
    expect(sanitizeSearch('%41engine 100%')).toBe('engine 100%');
    expect(parseSearch('"service  desk"').include).toEqual(['service desk']);
    expect(parseSearch('eng\\ine').include).toEqual(['engine']);
  });

  it('finds nothing to look for in an empty query', () => {
    expect(parseSearch('   ')).toEqual({ include: [], exclude: [], pieces: 0, sentence: '' });
  });
});

describe('whether WordPress can rank a search by relevance', () => {
  it('can when there is a word to find', () => {
    expect(ranksByRelevance('engine')).toBe(true);
    expect(ranksByRelevance('generator -diesel')).toBe(true);
  });

  it('cannot with only words to leave out, nor for a search PHP takes for none', () => {
    expect(ranksByRelevance('-diesel')).toBe(false);
    expect(ranksByRelevance('-diesel -pump')).toBe(false);
    expect(ranksByRelevance('0')).toBe(false);
    expect(ranksByRelevance('%20')).toBe(false);
  });
});
