import { useEffect, useState, type RefObject } from 'react';

/** The article's text, marked by the article body. */
const textSelector = '[data-article-text]';
/** All text the greeting must not cover: the article's, and each card's in a list. */
const coverNothingSelector = '[data-article-text], [data-keep-clear]';
/** Room the button needs under the text's end: its 56 px, its 16 px margin and some air. */
const buttonClearance = 96;
const phoneQuery = '(max-width: 48rem)';

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Where the greeting stands when the button is in place: while the button
 * steps aside (and comes back), the widget's slide moves the greeting too.
 */
function restingBox(bubble: HTMLElement | null): DOMRect | undefined {
  const box = bubble?.getBoundingClientRect();
  const widget = bubble?.parentElement;
  if (!box || !widget || typeof DOMMatrixReadOnly !== 'function') return box;
  const transform = getComputedStyle(widget).transform;
  const shift = transform && transform !== 'none' ? new DOMMatrixReadOnly(transform).m42 : 0;
  return new DOMRect(box.x, box.y - shift, box.width, box.height);
}

/**
 * Keeps the floating contact button and its greeting off the article's text.
 * On a phone the button steps aside while the reader scrolls down through the
 * text, and comes back on scrolling up and once the text has ended. The
 * greeting shows only where it covers no text: the article's, or a list card's. Read after hydration, on scroll
 * and resize; `pinned` (the panel open, focus inside) keeps the button in place.
 */
export function useKeepClear(bubbleRef: RefObject<HTMLElement | null>, bubbleShown: boolean, pinned: boolean) {
  const [stepAside, setStepAside] = useState(false);
  const [bubbleClear, setBubbleClear] = useState(false);

  useEffect(() => {
    const phone = typeof window.matchMedia === 'function' ? window.matchMedia(phoneQuery) : null;
    let lastY = window.scrollY;
    let frame = 0;
    const update = () => {
      frame = 0;
      const y = window.scrollY;
      const text = document.querySelector(textSelector)?.getBoundingClientRect();
      const textEnded = text ? text.bottom <= window.innerHeight - buttonClearance : window.innerHeight + y >= document.documentElement.scrollHeight - buttonClearance;
      const delta = y - lastY;
      if (Math.abs(delta) >= 2 || textEnded) {
        setStepAside(Boolean(phone?.matches) && delta > 0 && !textEnded);
        lastY = y;
      }
      const bubble = restingBox(bubbleRef.current);
      setBubbleClear(Boolean(bubble && ![...document.querySelectorAll(coverNothingSelector)].some((element) => overlaps(bubble, element.getBoundingClientRect()))));
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // A new page, a longer article, the bubble appearing: look again.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    observer?.observe(document.body);
    if (bubbleRef.current) observer?.observe(bubbleRef.current);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
    };
  }, [bubbleRef, bubbleShown]);

  return { stepAside: stepAside && !pinned, bubbleClear };
}
