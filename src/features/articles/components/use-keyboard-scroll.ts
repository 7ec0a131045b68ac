import { useEffect, type RefObject } from 'react';

/**
 * A wide table or block of code scrolls inside its own box on a narrow
 * screen; a keyboard reaches it to scroll it (focusable, tabindex 0) only
 * while it does scroll. Measured after hydration and whenever the text's width changes.
 */
export function useKeyboardScroll(bodyRef: RefObject<HTMLElement | null>, html: unknown) {
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      for (const box of body.querySelectorAll<HTMLElement>('table, pre, .wp-block-table')) {
        const scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
        if (scrolls) box.setAttribute('tabindex', '0');
        else box.removeAttribute('tabindex');
      }
    };
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, [bodyRef, html]);
}
