import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { useSearchParams } from 'react-router-dom';
import { postQueries } from '@/features/articles/api/posts';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';
import { readPageParam, withPage } from './page-param';

export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const page = readPageParam(new URL(request.url).searchParams);
    // Not awaited: the view shows its skeleton at once while the data is already on its way.
    if (page) void queryClient.prefetchQuery(postQueries.list({ page }));
    return null;
  };

export function Component() {
  const [searchParams] = useSearchParams();
  const page = readPageParam(searchParams);
  if (page === null) return <NotFoundView what="page" />;
  return (
    <ArticleListPage
      filter={{ page }}
      heading="Latest news"
      title="Latest news"
      description="The latest news, events and service stories from our teams around the world."
      hrefFor={(n) => withPage('/', n)}
      basePath="/"
      emptyMessage={<p>Nothing has been published yet. Please come back soon.</p>}
    />
  );
}
