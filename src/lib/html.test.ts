import { htmlToText } from './html';

describe('htmlToText', () => {
  it('keeps the words and drops the code of scripts and styles', () => {
    expect(htmlToText('<p>Hi</p>\n<script>window.__pwned=2</script>Excerpt<style>p{color:red}</style>')).toBe('Hi Excerpt');
    expect(htmlToText('<p>Text <noscript>Enable JS</noscript><template><b>later</b></template>&amp; more</p>')).toBe('Text & more');
  });

  it('decodes entities and drops tags', () => {
    expect(htmlToText('<p>Caf&eacute; &amp; <em>crew</em></p>\n')).toBe('Café & crew');
  });

  it('shows no script source, even where WordPress wrapped the script in a paragraph', () => {
    expect(htmlToText('<p><script>window.__pwned=2</script></p>\n<p>An excerpt.</p>')).toBe('An excerpt.');
  });
});
