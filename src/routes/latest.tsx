import { useParams } from 'react-router-dom';
import { listPagePath, readPageNumber } from '@/lib/list-paths';
import { siteDescription } from '@/features/seo/head-model';
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
      description={siteDescription}
      hrefFor={(n) => listPagePath('/', n)}
      basePath="/"
      emptyMessage={<p>Nothing has been published yet. Please come back soon.</p>}
    />
  );
}
