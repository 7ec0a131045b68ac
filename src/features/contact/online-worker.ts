import { anyOpen } from './schedule';
import type { ScheduledHours } from './online-hours';

/**
 * The button's green dot, worked out off the page's thread: the first time
 * zone a page converts through Intl costs a phone 50–200 ms while the browser
 * loads its zone data, and here that blocks nothing a reader touches. The page
 * sends the entries' hours, already read from the configuration.
 */
self.addEventListener('message', (event: MessageEvent<{ id: number; entries: ScheduledHours[]; now: number }>) => {
  const { id, entries, now } = event.data;
  // A worker's scope posts to its page with one argument, as a Worker does (the DOM types know no worker scope).
  (self as unknown as Worker).postMessage({ id, online: anyOpen(entries, new Date(now)) });
});
