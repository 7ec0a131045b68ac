import { htmlToText } from './html';

describe('htmlToText', () => {
  it('decodes entities and drops tags', () => {
    expect(htmlToText('<p>Caf&eacute; &amp; <em>crew</em></p>\n')).toBe('Café & crew');
  });

  it('shows no script source, even where WordPress wrapped the script in a paragraph', () => {
    expect(htmlToText('<p><script>window.__pwned=2</script></p>\n<p>An excerpt.</p>')).toBe('An excerpt.');
  });
});
