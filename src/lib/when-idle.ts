/**
 * Runs `callback` once the browser has nothing better to do (at the latest
 * after `timeout` ms); where it cannot tell, after a pause. Returns the way to cancel.
 */
export function whenIdle(callback: () => void, { timeout = 4000, fallbackMs = 2000 } = {}): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, fallbackMs);
  return () => window.clearTimeout(handle);
}
