import { splitAtTerms } from './split-at-terms';

describe('splitAtTerms', () => {
  it('puts matches at odd indexes, whatever their case', () => {
    expect(splitAtTerms('Marine service and marine parts', ['MARINE'])).toEqual(['', 'Marine', ' service and ', 'marine', ' parts']);
  });

  it('prefers the longer of two overlapping terms', () => {
    expect(splitAtTerms('Generator sets', ['gen', 'generator'])).toEqual(['', 'Generator', ' sets']);
  });

  it('takes every character of a term literally', () => {
    expect(splitAtTerms('Learn C++ (fast) today', ['c++', '(fast)', '.*'])).toEqual(['Learn ', 'C++', ' ', '(fast)', ' today']);
  });

  it('leaves text without terms alone', () => {
    expect(splitAtTerms('Nothing here', [])).toEqual(['Nothing here']);
    expect(splitAtTerms('Nothing here', ['zeppelin'])).toEqual(['Nothing here']);
  });
});
