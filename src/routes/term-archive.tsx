import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { listPagePath, readPageNumber } from '@/lib/list-paths';
import { Button } from '@/components/button';
import { StatusMessage } from '@/components/status-message';
import { describeError } from '@/lib/api-error';
import { ArticleListSkeleton } from '@/features/articles/components/article-list';
import { termQueries, type Taxonomy } from '@/features/taxonomies/api/terms';
import { ArticleListPage } from './article-list-page';
import { NotFoundView } from './not-found';
import { useMessages } from '@/lib/i18n/use-messages';

const labels = {
  categories: { path: 'category', noun: 'category', heading: 'archive.categoryHeading', failed: 'archive.categoryFailed', filed: 'archive.categoryDescription', empty: 'archive.categoryEmpty' },
  tags: { path: 'tag', noun: 'tag', heading: 'archive.tagHeading', failed: 'archive.tagFailed', filed: 'archive.tagDescription', empty: 'archive.tagEmpty' },
} as const;

/** A category or tag archive: the term first, then its articles. */
export function TermArchive({ taxonomy }: { taxonomy: Taxonomy }) {
  const { slug = '', page: pageParam } = useParams();
  const page = readPageNumber(pageParam);
  const term = useQuery(termQueries.bySlug(taxonomy, slug));
  const label = labels[taxonomy];
  const t = useMessages();

  if (page === null) return <NotFoundView what="page" />;
  if (term.isPending) return <ArticleListSkeleton />;
  if (term.isError && term.data === undefined) {
    return (
      <StatusMessage
        tone="error"
        headingLevel={1}
        title={t(label.failed)}
        actions={<Button onClick={() => void term.refetch()}>{t('action.tryAgain')}</Button>}
      >
        <p>{describeError(term.error, t)}</p>
      </StatusMessage>
    );
  }
  if (!term.data) return <NotFoundView what={label.noun} />;

  const { id, name, description } = term.data;
  const filter = taxonomy === 'categories' ? { page, category: id } : { page, tag: id };
  return (
    <ArticleListPage
      filter={filter}
      heading={t(label.heading, { name })}
      title={t(label.heading, { name })}
      description={description || t(label.filed, { name })}
      hrefFor={(n) => listPagePath(`/${label.path}/${slug}`, n)}
      basePath={`/${label.path}/${slug}`}
      emptyMessage={<p>{t(label.empty, { name })}</p>}
      intro={description ? <p>{description}</p> : undefined}
    />
  );
}
