import type { PageHead } from './head-model';
import { jsonLdHtml } from './json-ld';

/**
 * Renders a page's head. React 19 hoists `<title>`, `<meta>` and `<link>` into
 * the document's head wherever they are rendered, in the browser and in the
 * prerendered HTML alike, and takes them away with the view. JSON-LD scripts
 * stay where they are rendered, which crawlers read just as well.
 */
export function DocumentHead({ head }: { head: PageHead }) {
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.robots && <meta name="robots" content={head.robots} />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      {head.prev && <link rel="prev" href={head.prev} />}
      {head.next && <link rel="next" href={head.next} />}
      <link rel="alternate" type="application/rss+xml" title={head.feed.title} href={head.feed.href} />
      {head.meta.map((meta, index) =>
        'property' in meta ? (
          <meta key={`${meta.property}-${index}`} property={meta.property} content={meta.content} />
        ) : (
          <meta key={`${meta.name}-${index}`} name={meta.name} content={meta.content} />
        ),
      )}
      {head.jsonLd.map((data, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdHtml(data) }} />
      ))}
    </>
  );
}
