import { useMemo, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { blockStyleHref, blockStyleNames } from '@/lib/block-styles';
import { useLocale } from '@/lib/i18n/use-messages';
import { useSafeHtml } from '@/lib/use-safe-html';
import styles from './article-body.module.css';
import { EmbedPlayers } from './embed-players';
import { useKeyboardScroll } from './use-keyboard-scroll';

/**
 * The article's HTML from WordPress, sanitised (on a prerendered page, by the
 * build: useSafeHtml adopts its markup). Links within the site were
 * rewritten to reader paths by the sanitiser; a click on one navigates inside
 * the reader instead of reloading the page.
 */
export function ArticleBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const safeHtml = useSafeHtml(html);
  const { dir } = useLocale();
  const blockStyles = useMemo(() => blockStyleNames(html), [html]);
  const body = useRef<HTMLDivElement>(null);
  useKeyboardScroll(body, safeHtml);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || anchor.target === '_blank' || !href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    <>
      {/* WordPress's own CSS for the blocks this article uses, and only those (lib/block-styles.ts),
          in the head, after the reader's own stylesheet (which the build marks as precedence "app"):
          a prerendered page paints its title and text together, once, and a client navigation
          commits the article when its sheets have loaded (or failed), never unstyled. In the body,
          just before the text, they let the browser paint the title and then, a download later,
          the text: the article's largest paint came 100–250 ms after its first. */}
      {blockStyles.map((name) => (
        <link key={name} rel="stylesheet" href={blockStyleHref(name, dir === 'rtl')} precedence="wp-blocks" />
      ))}
      {/* data-article-text: what floating controls (the contact button, its greeting) keep clear of.
          The click handler only upgrades real links inside; keyboard users activate those links directly.
          wp-block-post-content is-layout-flow: the container WordPress puts post content in, which its
          layout rules (floats beside the text, centred blocks) are written for. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div
        className={`${styles.body} wp-block-post-content is-layout-flow`}
        dir="auto"
        data-article-text
        ref={body}
        onClick={onClick}
        dangerouslySetInnerHTML={{ __html: safeHtml }}
      />
      <EmbedPlayers body={body} html={safeHtml} />
    </>
  );
}
