import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { preloadPath, type PreloadDepth } from '@/lib/preload';
import { runningBuild } from '@/lib/static-build';
import { postQueries, type Article } from '../api/posts';

/**
 * Hover or focus on a link to an article makes opening it instant: the view's
 * code and the build's data file for it are preloaded (app/link-preload.ts); a
 * card coming near the viewport preloads the data file alone. A list already holds the whole
 * post, so it seeds the cache at once; a bare slug the build did not know is
 * fetched when the article is opened.
 */
export function useArticlePrefetch() {
  const queryClient = useQueryClient();
  return useCallback(
    (slug: string, article?: Article, depth: PreloadDepth = 'all') => {
      preloadPath(`/news/${slug}`, depth);
      const options = postQueries.detail(slug);
      // Where the build wrote data files, the article's own file is the newer copy: a card's may be from before a rebuild.
      if (article && !runningBuild() && queryClient.getQueryData(options.queryKey) === undefined) queryClient.setQueryData(options.queryKey, article);
    },
    [queryClient],
  );
}
