import type { ContactConfig } from './contact-config';
import { scheduledHours, type ScheduledHours } from './online-hours';
import { isOpenIn } from './schedule';

/** True when one of those entries is within its hours now. */
export function anyOpen(entries: readonly ScheduledHours[], now: Date): boolean {
  return entries.some(({ hours, timeZone }) => isOpenIn(hours, timeZone, now));
}

/**
 * The button's green dot before the panel's code has loaded: true when an
 * entry that reads as an agent is within its hours now. Checking each phone
 * number needs the numbering plans (libphonenumber, 19 KB gzipped), which
 * stay with the panel's code until the reader reaches for the button; from
 * then on the dot follows the panel's own check (anyoneOnline).
 */
export function scheduledOnline(config: ContactConfig, now = new Date()): boolean {
  return anyOpen(scheduledHours(config), now);
}
