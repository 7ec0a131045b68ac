import type { ContactConfig } from './contact-config';
import { scheduledOnline } from './online-now';

/**
 * The button's green dot, worked out off the page's thread: the first time
 * zone a page converts through Intl costs a phone 50–200 ms while the browser
 * loads its zone data, and here that blocks nothing a reader touches.
 */
self.addEventListener('message', (event: MessageEvent<{ id: number; config: ContactConfig; now: number }>) => {
  const { id, config, now } = event.data;
  // A worker's scope posts to its page with one argument, as a Worker does (the DOM types know no worker scope).
  (self as unknown as Worker).postMessage({ id, online: scheduledOnline(config, new Date(now)) });
});
