import { htmlToText } from './html';

describe('htmlToText', () => {
  it('keeps the words and drops the code of scripts and styles', () => {
    expect(htmlToText('<p>Hi</p>\n<script>window.__pwned=2</script>Excerpt<style>p{color:red}</style>')).toBe('Hi Excerpt');
    expect(htmlToText('<p>Text <noscript>Enable JS</noscript><template><b>later</b></template>&amp; more</p>')).toBe('Text & more');
  });
});
