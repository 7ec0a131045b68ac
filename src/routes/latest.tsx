import { useParams } from 'react-router-dom';
import { listPagePath, readPageNumber } from '@/lib/list-paths';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';

export function Component() {
  const page = readPageNumber(useParams().page);
  if (page === null) return <NotFoundView what="page" />;
  return (
    <ArticleListPage
      filter={{ page }}
      heading="Latest news"
      title="Latest news"
      description="The latest news, events and service stories from our teams around the world."
      hrefFor={(n) => listPagePath('/', n)}
      basePath="/"
      emptyMessage={<p>Nothing has been published yet. Please come back soon.</p>}
    />
  );
}
