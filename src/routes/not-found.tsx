import { Link } from 'react-router-dom';
import { StatusMessage } from '@/components/status-message';
import { PlainHead } from '@/features/seo/page-heads';

const phrases = {
  page: 'This page does not exist',
  article: 'We could not find this article',
  category: 'We could not find this category',
  tag: 'We could not find this tag',
} as const;

/** Said for an unknown URL, article, category, tag or page number. */
export function NotFoundView({ what = 'page' }: { what?: keyof typeof phrases }) {
  return (
    <StatusMessage
      tone="empty"
      headingLevel={1}
      title={phrases[what]}
      actions={
        <>
          <Link to="/">Read the latest news</Link>
          <Link to="/search">Search the articles</Link>
        </>
      }
    >
      <PlainHead title="Not found" description="The page you asked for could not be found." />
      <p>The link may be out of date, or the address mistyped.</p>
    </StatusMessage>
  );
}

export function Component() {
  return <NotFoundView />;
}
