import { listPagePath } from './list-paths';

describe('listPagePath', () => {
  it('gives page 1 the list’s own address and later pages /page/N/, as WordPress does', () => {
    expect(listPagePath('/', 1)).toBe('/');
    expect(listPagePath('/', 2)).toBe('/page/2/');
    expect(listPagePath('', 3)).toBe('/page/3/');
    expect(listPagePath('/category/pumps', 1)).toBe('/category/pumps');
    expect(listPagePath('/category/pumps/', 2)).toBe('/category/pumps/page/2/');
    expect(listPagePath('/tag/marine', 12)).toBe('/tag/marine/page/12/');
  });
});
