import { useParams } from 'react-router-dom';
import { listPagePath, readPageNumber } from '@/lib/list-paths';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';
import { useMessages } from '@/lib/i18n/use-messages';

export function Component() {
  const page = readPageNumber(useParams().page);
  const t = useMessages();
  if (page === null) return <NotFoundView what="page" />;
  return (
    <ArticleListPage
      filter={{ page, home: true }}
      heading={t('nav.latest')}
      title={t('nav.latest')}
      description={t('site.description')}
      hrefFor={(n) => listPagePath('/', n)}
      basePath="/"
      emptyMessage={<p>{t('list.emptyLatest')}</p>}
    />
  );
}
