import type { ContactConfig } from './contact-config';
import { scheduledHours, type ScheduledHours } from './online-hours';
import onlineWorkerUrl from './online-worker?worker&url';

let worker: Worker | null | undefined;
let asked = 0;

/** The same check on this thread, for a browser (or test) without module workers, or one whose worker failed. */
const here = (entries: readonly ScheduledHours[]) => import('./schedule').then(({ anyOpen }) => anyOpen(entries, new Date()));

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(onlineWorkerUrl, { type: 'module', name: 'contact-hours' });
  } catch {
    return null;
  }
}

/** Whether an entry that reads as an agent is within its hours now (online-now.ts), asked of a worker. */
export function checkOnline(config: ContactConfig): Promise<boolean> {
  const entries = scheduledHours(config);
  if (entries.length === 0) return Promise.resolve(false);
  if (worker === undefined) worker = startWorker();
  const current = worker;
  if (!current) return here(entries);
  const id = (asked += 1);
  return new Promise((resolve) => {
    const settle = (online: Promise<boolean> | boolean) => {
      current.removeEventListener('message', answered);
      current.removeEventListener('error', failed);
      resolve(online);
    };
    const answered = (event: MessageEvent<{ id: number; online: boolean }>) => {
      if (event.data.id === id) settle(event.data.online);
    };
    const failed = () => {
      worker = null;
      settle(here(entries));
    };
    current.addEventListener('message', answered);
    current.addEventListener('error', failed);
    current.postMessage({ id, entries, now: Date.now() });
  });
}
