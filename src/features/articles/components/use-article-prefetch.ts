import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { preloadPath } from '@/lib/preload';
import { postQueries, type Article } from '../api/posts';

/**
 * Hover or focus on a link to an article (or, for a card, its coming near the
 * viewport) makes opening it instant: the view's code and the build's data file
 * for it are preloaded (app/link-preload.ts). A list already holds the whole
 * post, so it seeds the cache at once; a bare slug the build did not know is
 * fetched when the article is opened.
 */
export function useArticlePrefetch() {
  const queryClient = useQueryClient();
  return useCallback(
    (slug: string, article?: Article) => {
      preloadPath(`/news/${slug}`);
      const options = postQueries.detail(slug);
      if (article && queryClient.getQueryData(options.queryKey) === undefined) queryClient.setQueryData(options.queryKey, article);
    },
    [queryClient],
  );
}
