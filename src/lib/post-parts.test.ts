import { partNumber, postParts } from './post-parts';

describe('a post split with <!--nextpage-->', () => {
  it('gives each part, as the marker comes from WordPress: bare, on its own lines, or in a paragraph of its own', () => {
    expect(postParts('<p>One</p>\n<!--nextpage-->\n<p>Two</p><p><!--nextpage--></p><p>Three</p>')).toEqual(['<p>One</p>\n', '\n<p>Two</p>', '<p>Three</p>']);
  });

  it('is one part without the marker, and drops an empty part a stray marker leaves', () => {
    expect(postParts('<p>Only</p>')).toEqual(['<p>Only</p>']);
    expect(postParts('<p>One</p><!--nextpage-->')).toEqual(['<p>One</p>']);
    expect(postParts('')).toEqual(['']);
  });

  it('serves the parts the post has at /2/ and on, and no other number', () => {
    expect(partNumber(undefined, 3)).toBe(1);
    expect(partNumber('2', 3)).toBe(2);
    expect(partNumber('3', 3)).toBe(3);
    for (const bad of ['1', '4', '0', '02', 'two', '-1']) expect(partNumber(bad, 3)).toBeNull();
  });
});
