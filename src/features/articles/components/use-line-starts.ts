import { useLayoutEffect, useRef } from 'react';

/**
 * Marks the parts of a wrapping line that begin a new line (`data-line-start`),
 * so CSS can hide a separator that would otherwise lead it. Measured after
 * layout and again whenever the width changes; the first render (and a
 * prerendered page) simply shows every separator.
 */
export function useLineStarts<T extends HTMLElement>(partSelector: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const parts = [...element.querySelectorAll<HTMLElement>(partSelector)];
      for (const part of parts) part.removeAttribute('data-line-start');
      const tops = parts.map((part) => part.offsetTop);
      parts.forEach((part, index) => {
        if (index > 0 && tops[index]! > tops[index - 1]!) part.setAttribute('data-line-start', '');
      });
      // Says the line has been measured: until then (a prerendered page hydrating) every separator shows.
      element.setAttribute('data-lines-measured', '');
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [partSelector]);
  return ref;
}
