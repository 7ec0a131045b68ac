import { translator } from '../../test/locale';
import { commentCountLabel } from './comment-count';

describe('commentCountLabel', () => {
  it('says one comment in the singular and any other number in the plural', () => {
    expect([0, 1, 2, 12].map((count) => commentCountLabel(count, translator()))).toEqual(['0 comments', '1 comment', '2 comments', '12 comments']);
  });
});
