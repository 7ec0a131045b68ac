import { useLayoutEffect, useRef } from 'react';

/** Each watched line, with the selector of its parts. */
const watched = new Map<Element, string>();
let observer: ResizeObserver | null = null;

/**
 * Every line that changed width, measured together: all the writes, then all
 * the reads, then all the writes again, so the browser lays the page out once
 * for a list of twenty meta lines instead of once per line.
 */
function measure(entries: ResizeObserverEntry[]) {
  const lines = entries.flatMap(({ target }) => {
    const parts = watched.get(target);
    return parts ? [{ element: target, parts: [...target.querySelectorAll<HTMLElement>(parts)] }] : [];
  });
  for (const { parts } of lines) for (const part of parts) if (part.hasAttribute('data-line-start')) part.removeAttribute('data-line-start');
  const tops = lines.map(({ parts }) => parts.map((part) => part.offsetTop));
  lines.forEach(({ element, parts }, line) => {
    parts.forEach((part, index) => {
      if (index > 0 && tops[line]![index]! > tops[line]![index - 1]!) part.setAttribute('data-line-start', '');
    });
    // Says the line has been measured: until then (a prerendered page hydrating) every separator shows.
    element.setAttribute('data-lines-measured', '');
  });
}

/**
 * Marks the parts of a wrapping line that begin a new line (`data-line-start`),
 * so CSS can hide a separator that would otherwise lead it. Measured once laid
 * out and again whenever the width changes, by one observer for every line;
 * the first render (and a prerendered page) simply shows every separator.
 */
export function useLineStarts<T extends HTMLElement>(partSelector: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer ??= new ResizeObserver(measure);
    watched.set(element, partSelector);
    observer.observe(element);
    return () => {
      observer?.unobserve(element);
      watched.delete(element);
    };
  }, [partSelector]);
  return ref;
}
