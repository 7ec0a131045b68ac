import { useSearchParams } from 'react-router-dom';
import { StatusMessage } from '@/components/status-message';
import { SearchForm } from '@/features/search/components/search-form';
import { PlainHead } from '@/features/seo/page-heads';
import { searchTerms } from '@/features/search/search-terms';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';
import { readSearchQuery } from './loaders';
import { readPageParam, withPage } from './page-param';
import { useMessages } from '@/lib/i18n/use-messages';

export function Component() {
  const [searchParams] = useSearchParams();
  const page = readPageParam(searchParams);
  const search = readSearchQuery(searchParams);
  const t = useMessages();
  if (page === null) return <NotFoundView what="page" />;
  if (!search) return <EmptySearch />;
  return (
    <ArticleListPage
      filter={{ page, search }}
      heading={t('search.resultsHeading', { search })}
      title={t('search.resultsTitle', { search })}
      description={t('search.resultsDescription', { search })}
      hrefFor={(n) => withPage('/search', n, { q: search })}
      emptyTitle={t('search.nothingTitle')}
      emptyMessage={<p>{t('search.nothingBody', { search })}</p>}
      intro={<SearchForm key={search} initialQuery={search} label={t('search.again')} />}
      highlight={searchTerms(search)}
    />
  );
}

function EmptySearch() {
  const t = useMessages();
  return (
    <div>
      <PlainHead title={t('nav.search')} description={t('search.description')} />
      <h1>{t('nav.search')}</h1>
      <SearchForm initialQuery="" label={t('search.label')} />
      <StatusMessage tone="info" title={t('search.promptTitle')}>
        <p>{t('search.promptBody')}</p>
      </StatusMessage>
    </div>
  );
}
