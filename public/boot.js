// Starts the reader on a prerendered page once the browser has painted it. The page names the
// app's entry and the modules it needs (meta reader-entry, reader-modules); they are requested only
// after the first frame, so the text and picture are not kept waiting behind the app's code on a
// slow connection, and the modules then load in parallel rather than one after another.
const entry = document.querySelector('meta[name="reader-entry"]')?.content;
const modules = (document.querySelector('meta[name="reader-modules"]')?.content ?? '').split(' ').filter(Boolean);

// React DOM, evaluated in a task before the entry's (src/react-stage.ts says why).
const stage = document.querySelector('meta[name="reader-stage"]')?.content;

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

async function start() {
  for (const href of stage ? [stage, ...modules] : modules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  if (!entry) return;
  if (stage) {
    // Should it fail (offline), the entry fails the same way and reports it.
    await import(stage).catch(() => undefined);
    await nextTask();
  }
  import(entry);
}

if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));

// A tap on a prerendered control that needs the app (the contact button, the share bar's buttons:
// they carry data-tap-queue) before its code has arrived is kept, not lost: it is held here and the
// control performs it as soon as it is live (src/lib/queued-tap.ts marks it so and replays it).
document.addEventListener(
  'click',
  (event) => {
    const control = event.target instanceof Element ? event.target.closest('[data-tap-queue]') : null;
    if (!control || control.readerLive) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    control.readerPendingTap = true;
  },
  true,
);
