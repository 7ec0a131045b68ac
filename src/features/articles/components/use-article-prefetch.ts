import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { postQueries, type Article } from '../api/posts';

/**
 * Hover or focus on a link to an article puts the article in the cache, so
 * opening it shows at once. A list already holds the whole post, so it seeds
 * the cache without a request; a bare slug is fetched.
 */
export function useArticlePrefetch() {
  const queryClient = useQueryClient();
  return useCallback(
    (slug: string, article?: Article) => {
      const options = postQueries.detail(slug);
      if (queryClient.getQueryData(options.queryKey)) return;
      if (article) queryClient.setQueryData(options.queryKey, article);
      else void queryClient.prefetchQuery(options);
    },
    [queryClient],
  );
}
