import { useSyncExternalStore } from 'react';

/**
 * What this device remembers for the reader (a dismissed box, a name for the
 * next comment). Storage can be switched off or full: then nothing is
 * remembered and nothing breaks.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Forgotten after this visit; the action itself has happened.
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab subscribed or dismissed: this one follows.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * A remembered value as React state, shared by every component that shows it.
 * It is null in prerendered markup and while hydrating, so the page a device
 * sees first matches the build; the device's own value follows right after.
 */
export function useStored(key: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readStored(key),
    () => null,
  );
}
