import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** How long a view that is still loading its heading may take before focus stays on the main region. */
const headingWait = 5_000;

/** The view's main heading, made focusable from script only; the region itself when it has none. */
function focusTarget(main: HTMLElement): HTMLElement | null {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return null;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading;
}

/**
 * After a client-side navigation (a link, a search, a page number), focus moves
 * to the new view's main heading, so a screen reader reads where the reader
 * landed, as a page load would; the clicked link is gone by then. Back and
 * Forward leave focus alone (the browser restores the scroll position), as does
 * the first render and a jump to an anchor of the same page.
 */
export function useNavigationFocus(mainRef: RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const type = useNavigationType();
  const shown = useRef({ key: location.key, pathname: location.pathname, search: location.search });

  useEffect(() => {
    const before = shown.current;
    if (before.key === location.key) return;
    shown.current = { key: location.key, pathname: location.pathname, search: location.search };
    const samePage = before.pathname === location.pathname && before.search === location.search;
    const main = mainRef.current;
    if (type === 'POP' || samePage || location.hash || !main) return;

    const target = focusTarget(main);
    if (target) {
      target.focus({ preventScroll: true });
      return;
    }
    // The view's heading is not there yet (its data or code still loading): the region holds focus until it is.
    main.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      const heading = focusTarget(main);
      if (!heading) return;
      stop();
      if (document.activeElement === main) heading.focus({ preventScroll: true });
    });
    const timer = window.setTimeout(() => stop(), headingWait);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [location, type, mainRef]);
}
