import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * A fact about the device (can it share natively?) that the build cannot
 * know: `serverValue` in prerendered markup and while hydrating, the device's
 * own answer right after, so hydration never meets different markup.
 */
export function useClientValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}
