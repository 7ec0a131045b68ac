import { commentCountLabel, initials } from './people-and-counts';

describe('commentCountLabel', () => {
  it('says one comment in the singular and any other number in the plural', () => {
    expect([0, 1, 2, 12].map(commentCountLabel)).toEqual(['0 comments', '1 comment', '2 comments', '12 comments']);
  });
});

describe('initials', () => {
  it('takes two letters of a person’s name, leaving out a contact entry’s team and titles', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('Sales Manager - Mrs. Wendy Fu')).toBe('WF');
    expect(initials('Sales Director - Mr. Jasper Lee')).toBe('JL');
    expect(initials('grace brewster murray hopper')).toBe('GB');
    expect(initials('Marine Service - SeaMac')).toBe('S');
  });
});
