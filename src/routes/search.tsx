import { useSearchParams } from 'react-router-dom';
import { StatusMessage } from '@/components/status-message';
import { SearchForm } from '@/features/search/components/search-form';
import { PlainHead } from '@/features/seo/page-heads';
import { searchTerms } from '@/features/search/search-terms';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';
import { readSearchQuery } from './loaders';
import { readPageParam, withPage } from './page-param';

export function Component() {
  const [searchParams] = useSearchParams();
  const page = readPageParam(searchParams);
  const search = readSearchQuery(searchParams);
  if (page === null) return <NotFoundView what="page" />;
  if (!search) return <EmptySearch />;
  return (
    <ArticleListPage
      filter={{ page, search }}
      heading={`Results for “${search}”`}
      title={`Search: ${search}`}
      description={`Articles matching “${search}”.`}
      hrefFor={(n) => withPage('/search', n, { q: search })}
      emptyTitle="Nothing found"
      emptyMessage={<p>No articles match “{search}”. Try fewer or different words.</p>}
      intro={<SearchForm key={search} initialQuery={search} label="Search again" />}
      highlight={searchTerms(search)}
    />
  );
}

function EmptySearch() {
  return (
    <div>
      <PlainHead title="Search" description="Search all articles." />
      <h1>Search</h1>
      <SearchForm initialQuery="" label="Search articles" />
      <StatusMessage tone="info" title="What are you looking for?">
        <p>Type a word or two from a title or an article, such as “generator” or “Japan”.</p>
      </StatusMessage>
    </div>
  );
}
