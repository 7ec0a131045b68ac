import { useEffect, useState, type RefObject } from 'react';

/** How far ahead of the viewport a part counts as near: about a phone screen's scroll. */
const nearMargin = '600px 0px';

type Callback = () => void;
const waiting = new Map<Element, Callback[]>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callbacks = waiting.get(entry.target) ?? [];
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        for (const callback of callbacks) callback();
      }
    },
    { rootMargin: nearMargin },
  );
  return observer;
}

/**
 * Calls back once, the first time the element comes near the viewport (one
 * observer for the whole page). Where the browser cannot tell, at once.
 * Returns the way to stop waiting.
 */
export function whenNearViewport(element: Element, callback: Callback): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return () => undefined;
  }
  const callbacks = waiting.get(element) ?? [];
  callbacks.push(callback);
  waiting.set(element, callbacks);
  sharedObserver().observe(element);
  return () => {
    const left = (waiting.get(element) ?? []).filter((other) => other !== callback);
    if (left.length > 0) {
      waiting.set(element, left);
      return;
    }
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/** False in prerendered markup and while hydrating; true from the first time the element nears the viewport. */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    return whenNearViewport(element, () => setNear(true));
  }, [ref, near]);
  return near;
}
