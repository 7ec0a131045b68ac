// Starts the reader on a prerendered page. The page names the app's entry and the modules it needs
// (meta reader-entry, reader-modules); they are requested only when the app is wanted, and then in
// parallel rather than one after another.
//
// A prerendered page is complete without the app: its text, pictures, links, the "Select Page"
// menu (a popover) and the search box (a form) all work as HTML. So on such a page the app starts
// on the reader's first sign of intent, not on load: a touch, a pointer moving or pressed, a key, a
// scroll, focus, or a part that reads live (the comments, data-start-near) coming near the screen.
// A phone that only reads downloads and runs none of it. Any other page (the shell, a page served
// for another address, one with a query such as a search or a scenario) starts at once: what it
// shows depends on the app, and so does a page with a part this tab unlocked or, on the mock, a
// tab where a tester chose a scenario or language (data-start-if-stored, reader-start-if-stored).
// README, "Performance", says why and what was measured.
const entry = document.querySelector('meta[name="reader-entry"]')?.content;
const modules = (document.querySelector('meta[name="reader-modules"]')?.content ?? '').split(' ').filter(Boolean);

// React DOM, evaluated in a task before the entry's (src/react-stage.ts says why).
const stage = document.querySelector('meta[name="reader-stage"]')?.content;

// The address this page was prerendered for, when it may wait for intent (scripts/prerender.mjs).
const deferredFor = document.querySelector('meta[name="reader-defer"]')?.content;

// Such a page keeps the data it was rendered from in a file beside it, read only when the app starts:
// it is most of the page's bytes, and a reader who only reads never needs it.
const stateFile = document.querySelector('meta[name="reader-state"]')?.content;

const bare = (path) => {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape stays as it is
  }
  return decoded.replace(/\/+$/, '') || '/';
};

/** The next task, not a timer: a timer in a background tab waits a second or more. */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const intents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'];
let started = false;
let near;

/** The page's data file as text (for src/main.tsx), or false when it cannot be had now. */
async function readState() {
  try {
    const response = await fetch(stateFile);
    // A host that answers a missing file with a page of its own has no data for this one.
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return false;
    window.readerPageState = await response.text();
    return true;
  } catch {
    return false;
  }
}

let preloaded = false;

async function start() {
  if (started) return;
  started = true;
  for (const type of intents) removeEventListener(type, start, true);
  near?.disconnect();
  document.documentElement.dataset.reader = 'starting';
  const state = stateFile ? readState() : true;
  if (!preloaded) {
    preloaded = true;
    for (const href of stage ? [stage, ...modules] : modules) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
  }
  if (!entry) return;
  if (stage) {
    // Should it fail (offline), the entry fails the same way and reports it.
    await import(stage).catch(() => undefined);
    await nextTask();
  }
  if (!(await state)) {
    // Offline, or the page belongs to a build the host has replaced: the page stays as it is, complete
    // without the app, and starts on the reader's next intent once the browser is back online.
    started = false;
    delete document.documentElement.dataset.reader;
    addEventListener('online', () => listenForIntent(), { once: true });
    return;
  }
  import(entry);
}

/**
 * Whether this tab keeps something the page shows at once: an unlocked post's password (a part marked
 * data-start-if-stored), or on the mock a tester's scenario or language (meta reader-start-if-stored).
 */
function tabHasStored() {
  const keys = [
    ...[...document.querySelectorAll('[data-start-if-stored]')].map((part) => part.dataset.startIfStored),
    ...(document.querySelector('meta[name="reader-start-if-stored"]')?.content ?? '').split(' ').filter(Boolean),
  ];
  try {
    return keys.some((key) => sessionStorage.getItem(key) !== null);
  } catch {
    // Storage is off: nothing was kept.
    return false;
  }
}

const waitsForIntent = Boolean(deferredFor) && !location.search && bare(deferredFor) === bare(location.pathname) && !tabHasStored();

function listenForIntent() {
  for (const type of intents) addEventListener(type, start, { capture: true, passive: true });
}

if (waitsForIntent) {
  listenForIntent();
  const parts = document.querySelectorAll('[data-start-near]');
  if (parts.length && 'IntersectionObserver' in window) {
    // As far ahead as the app looks for them (src/lib/near-viewport.ts): about a phone screen's scroll.
    near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: '600px 0px' });
    for (const part of parts) near.observe(part);
  }
} else if (document.visibilityState === 'hidden') start();
// After the first frame, so the text and picture are not kept waiting behind the app's code.
else requestAnimationFrame(() => setTimeout(start, 0));

// A tap on a prerendered button before the app is live is kept, not lost: held here, and performed
// once it is. A control marked data-tap-queue (the contact button, the share bar's buttons) performs
// it itself as soon as it is hydrated (src/lib/queued-tap.ts); any other button, once the whole page
// is (src/main.tsx sets data-reader="live" and fires reader-live). Links and the menu's button
// (a popover) work without the app and are left to the browser.
let held = null;
document.addEventListener(
  'click',
  (event) => {
    if (document.documentElement.dataset.reader === 'live') return;
    const target = event.target instanceof Element ? event.target : null;
    const queued = target?.closest('[data-tap-queue]');
    if (queued) {
      if (queued.readerLive) return;
      queued.readerPendingTap = true;
    } else {
      const control = target?.closest('button:not([popovertarget]), input[type="submit"], input[type="button"], input[type="image"]');
      if (!control || control.disabled) return;
      held = control;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    start();
  },
  true,
);
addEventListener('reader-live', () => {
  const control = held;
  held = null;
  if (control?.isConnected) control.click();
});
