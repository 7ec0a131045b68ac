import { Link } from 'react-router-dom';
import { StatusMessage } from '@/components/status-message';
import { PlainHead } from '@/features/seo/page-heads';
import { useMessages, type MessageId } from '@/lib/i18n/use-messages';

const phrases = {
  page: 'notFound.heading',
  article: 'notFound.article',
  category: 'notFound.category',
  tag: 'notFound.tag',
} as const satisfies Record<string, MessageId>;

/** Said for an unknown URL, article, category, tag or page number. */
export function NotFoundView({ what = 'page' }: { what?: keyof typeof phrases }) {
  const t = useMessages();
  return (
    <StatusMessage
      tone="empty"
      headingLevel={1}
      title={t(phrases[what])}
      actions={
        <>
          <Link to="/">{t('error.readLatest')}</Link>
          <Link to="/search">{t('notFound.search')}</Link>
        </>
      }
    >
      <PlainHead title={t('notFound.title')} description={t('notFound.description')} />
      <p>{t('notFound.body')}</p>
    </StatusMessage>
  );
}

export function Component() {
  return <NotFoundView />;
}
