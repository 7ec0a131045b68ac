import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSafeHtml } from '@/lib/use-safe-html';
import styles from './article-body.module.css';

/**
 * The article's HTML from WordPress, sanitised (on a prerendered page, by the
 * build: useSafeHtml adopts its markup). Links within the site were
 * rewritten to reader paths by the sanitiser; a click on one navigates inside
 * the reader instead of reloading the page.
 */
export function ArticleBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const safeHtml = useSafeHtml(html);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || anchor.target === '_blank' || !href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    // data-article-text: what floating controls (the contact button, its greeting) keep clear of.
    // The click handler only upgrades real links inside; keyboard users activate those links directly.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div className={styles.body} dir="auto" data-article-text onClick={onClick} dangerouslySetInnerHTML={{ __html: safeHtml }} />
  );
}
