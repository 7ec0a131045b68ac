import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '@/lib/local-store';

// The address this device subscribed (or found already on the list), so the reader is not asked again.
const subscriberKey = 'newsletter-subscriber';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab that subscribes tells this one through the storage event.
  const onStorage = (event: StorageEvent) => {
    if (event.key === subscriberKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const readSubscriber = () => readStored(subscriberKey) || null;

/**
 * The subscriber this device knows, the same in every box and tab. Read after
 * hydration: the server and the first browser render both see nobody.
 */
export function useSubscriber(): string | null {
  return useSyncExternalStore(subscribe, readSubscriber, () => null);
}

export function rememberSubscriber(email: string): void {
  writeStored(subscriberKey, email);
  for (const listener of listeners) listener();
}
