import { useEffect, type RefObject } from 'react';

/** What public/boot.js and this hook write on a prerendered control marked data-tap-queue. */
interface QueueableControl extends HTMLElement {
  readerLive?: boolean;
  readerPendingTap?: boolean;
}

/**
 * Marks a prerendered control (rendered with `data-tap-queue`) as live once
 * React has hydrated it, and performs a tap that public/boot.js held while its
 * code was still on the way: the reader who tapped at once gets what they tapped.
 */
export function useQueuedTap(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const control = ref.current as QueueableControl | null;
    if (!control) return;
    control.readerLive = true;
    if (control.readerPendingTap) {
      control.readerPendingTap = false;
      control.click();
    }
    return () => {
      control.readerLive = false;
    };
    // After every render: a control that appears later (a panel's button after its data) is marked too.
  });
}
