import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A link opened fresh with a `#fragment` (a shared `…#comments`) lands on that
 * part once the view has drawn it. The router looks for the element as the
 * page starts, before the article has loaded, and then gives up. Only for the
 * page load itself: in-app links and Back/Forward keep the router's handling.
 */
export function useFragmentOnLoad(ready: boolean) {
  const location = useLocation();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || !location.hash || location.key !== 'default') return;
    done.current = true;
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (entry && entry.type !== 'navigate') return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [ready, location.hash, location.key]);
}
