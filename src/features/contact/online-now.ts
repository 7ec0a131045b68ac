import type { ContactConfig } from './contact-config';
import { scheduledHours } from './online-hours';
import { anyOpen } from './schedule';

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
