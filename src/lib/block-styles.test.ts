import { blockStyleHref, blockStyleNames, parseBlockStyleFile } from './block-styles';

describe('blockStyleNames', () => {
  it('needs nothing for plain HTML', () => {
    expect(blockStyleNames('<p>Hello <a class="external" href="/x">there</a></p><ul><li>one</li></ul>')).toEqual([]);
  });

  it('names each block once, its BEM parts and child classes not as blocks of their own', () => {
    const html = [
      '<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex wp-container-core-columns-is-layout-1"><div class="wp-block-column"><p>a</p></div></div>',
      '<div class="wp-block-cover"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><div class="wp-block-cover__inner-container"></div></div>',
      "<ul class='wp-block-social-links'><li class='wp-social-link wp-block-social-link'></li></ul>",
      '<figure class="wp-block-image alignleft size-large"><img src="/a.jpg" alt=""></figure>',
      '<div class="wp-block-columns"></div>',
      '<figure class="wp-block-embed is-provider-youtube wp-block-embed-youtube"></figure>',
    ].join('');
    expect(blockStyleNames(html)).toEqual(['common', 'columns', 'cover', 'embed', 'image', 'social-links']);
  });

  it('finds the paragraph and heading stylesheets by their drop cap and backgrounds', () => {
    expect(blockStyleNames('<p class="has-drop-cap">Once</p><h2 class="wp-block-heading has-pale-pink-background-color has-background">T</h2>')).toEqual([
      'common',
      'heading',
      'paragraph',
    ]);
  });

  it('needs the common stylesheet alone for preset classes and alignments without a block class', () => {
    expect(blockStyleNames('<p class="has-text-align-center has-large-font-size">Big</p>')).toEqual(['common']);
    expect(blockStyleNames('<img class="aligncenter" src="/a.jpg" alt="">')).toEqual(['common']);
  });

  it('ignores the words in the text, only classes count', () => {
    expect(blockStyleNames('<p>The wp-block-columns class and has-drop-cap are explained here.</p>')).toEqual([]);
  });
});

describe('block stylesheet files', () => {
  it('maps a name and a direction to a file and back', () => {
    expect(blockStyleHref('media-text', false)).toBe('/wp-blocks/media-text.css');
    expect(blockStyleHref('media-text', true)).toBe('/wp-blocks/media-text-rtl.css');
    expect(parseBlockStyleFile('media-text-rtl.css')).toEqual({ name: 'media-text', rightToLeft: true });
    expect(parseBlockStyleFile('common.css')).toEqual({ name: 'common', rightToLeft: false });
    expect(parseBlockStyleFile('../etc/passwd')).toBeNull();
    expect(parseBlockStyleFile('Common.CSS')).toBeNull();
  });
});
