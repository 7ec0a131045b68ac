import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { server } from '@/mocks/node';
import { resetDb } from '@/mocks/db';
import { guardConsole } from './console-guard';

// A cap on waiting, not a timing: on two cores shared with other jobs, a first view that loads a
// route's code can take over a second, the default.
configure({ asyncUtilTimeout: 4000 });

// jsdom has no layout: scrolling is a no-op there, not an error.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

// jsdom (29) has <dialog> but not its methods. This stand-in, installed only where they are missing, opens and
// closes the element and fires `close` (at once here; a browser fires it a task later). It does NOT make the page
// inert, move focus, close on Escape or on a click on the backdrop: the browser tests (test/e2e) check those.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  Object.assign(HTMLDialogElement.prototype, {
    show(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      if (!this.open) return;
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

// jsdom hides a closed popover, as browsers do, but loads no CSS modules and
// cannot open one. The header's navigation is a popover that the site's CSS
// shows in the header bar on wide screens (site-menu.module.css); this does the
// same, so tests see the page as on a wide screen. The menu itself is the
// browser's, tested in Chromium (test/e2e). !important: jsdom weighs its own
// stylesheet like the page's, and its rule for closed popovers is more specific.
const wideScreenMenu = document.createElement('style');
wideScreenMenu.textContent = '[popover] { display: contents !important; }';
document.head.append(wideScreenMenu);

// React holds a render that adds a stylesheet with `precedence` (an article's block CSS) until the
// sheet, or its preload, has loaded or failed; jsdom loads no stylesheets and would never say so. Here a sheet has
// loaded as soon as it is in the document, as a cached one nearly has in a browser.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      const sheet = node instanceof HTMLLinkElement && (node.rel === 'stylesheet' || (node.rel === 'preload' && node.getAttribute('as') === 'style'));
      if (sheet) node.dispatchEvent(new Event('load'));
    }
  }
}).observe(document.head, { childList: true });

// Registered first so its check runs after the cleanup below (afterEach hooks run last-registered first).
guardConsole();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDb();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
