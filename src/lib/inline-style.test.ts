import { readableInDark, safeInlineStyle } from './inline-style';

describe('safeInlineStyle', () => {
  it('keeps what the block editor writes for layout and colour', () => {
    expect(safeInlineStyle('height:100px')).toBe('height:100px');
    expect(safeInlineStyle('flex-basis:33.33%')).toBe('flex-basis:33.33%');
    expect(safeInlineStyle('color:#a31b1b;background-color:#fff2cc')).toBe('color:#a31b1b;background-color:#fff2cc');
    expect(safeInlineStyle('grid-template-columns:auto 40%')).toBe('grid-template-columns:auto 40%');
    expect(safeInlineStyle('min-height:430px;aspect-ratio:unset;')).toBe('min-height:430px;aspect-ratio:unset');
    expect(safeInlineStyle('object-position:23% 61%')).toBe('object-position:23% 61%');
    expect(safeInlineStyle('background:linear-gradient(135deg,rgb(6,147,227) 0%,rgb(155,81,224) 100%)')).toBe(
      'background:linear-gradient(135deg,rgb(6,147,227) 0%,rgb(155,81,224) 100%)',
    );
    expect(safeInlineStyle('--wp--style--unstable-gallery-gap:16px')).toBe('--wp--style--unstable-gallery-gap:16px');
  });

  it('drops what could cover the page, load something or break out, one declaration at a time', () => {
    expect(safeInlineStyle('position:fixed;inset:0;z-index:99999')).toBe('');
    expect(safeInlineStyle('transform:translateY(-500px);color:red')).toBe('color:red');
    expect(safeInlineStyle('margin-top:-300px;padding:1em')).toBe('padding:1em');
    expect(safeInlineStyle('background-image:url(https://tracker.example/p.gif)')).toBe('');
    expect(safeInlineStyle('background:#fff url("https://tracker.example/p.gif")')).toBe('');
    expect(safeInlineStyle('background-image:image-set("https://x.example/a.png" 1x)')).toBe('');
    expect(safeInlineStyle('width:expression(alert(1))')).toBe('');
    expect(safeInlineStyle('color:re\\64 ')).toBe('');
    expect(safeInlineStyle('color:red/*x*/;height:1px')).toBe('height:1px');
    expect(safeInlineStyle('--anything:url(x)')).toBe('');
  });
});

describe('readableInDark', () => {
  it('lets a dark custom text colour give way to the page text in the dark scheme, unless the block has its own background', () => {
    expect(readableInDark('color:#0b6e4f;height:1px', false)).toBe('color:light-dark(#0b6e4f,var(--color-text));height:1px');
    expect(readableInDark('color:#0b6e4f', true)).toBe('color:#0b6e4f');
    expect(readableInDark('color:#ffd166', false)).toBe('color:#ffd166');
    expect(readableInDark('background-color:#000', false)).toBe('background-color:#000');
  });
});
