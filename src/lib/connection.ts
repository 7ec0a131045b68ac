import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/**
 * Whether the browser says it is online. TanStack Query's onlineManager is the
 * one source: it follows the browser's online/offline events, refetches on
 * reconnect, and tests can set it.
 */
export function isOnline(): boolean {
  return onlineManager.isOnline();
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    isOnline,
    () => true,
  );
}

/** Calls back each time the browser comes back online; returns the unsubscribe. */
export function onReconnect(callback: () => void): () => void {
  return onlineManager.subscribe((online) => {
    if (online) callback();
  });
}

/**
 * A code-split part of the app could not be fetched: the browser is offline,
 * or a newer deployment has replaced the files this page was built with.
 * Browsers word it differently; these are Chromium's, Firefox's and Safari's.
 */
export function isModuleLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|error loading dynamically imported|importing a module script failed|failed to load module script/i.test(error.message)
  );
}
