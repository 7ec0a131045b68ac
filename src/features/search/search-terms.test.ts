import { searchTerms } from './search-terms';

describe('the words marked in search results', () => {
  it('marks only the terms that were looked for', () => {
    expect(searchTerms('generator -diesel')).toEqual(['generator']);
  });
});
