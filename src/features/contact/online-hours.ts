import * as v from 'valibot';
import { agentEntrySchema } from './agent-schema';
import type { ContactConfig } from './contact-config';
import type { WeeklyHours } from './weekly-hours';

/** An entry's hours in its own zone: what the button's green dot needs to know of it. */
export interface ScheduledHours {
  hours: WeeklyHours;
  timeZone: string;
}

/**
 * The hours of every entry that reads as an agent, checked without Intl (the
 * zone is checked where the hours are, in isOpenIn), so the page's thread can
 * hand them to a worker (online-check.ts) without loading ICU's zone data.
 */
export function scheduledHours(config: ContactConfig): ScheduledHours[] {
  return config.agents.flatMap((raw) => {
    const result = v.safeParse(agentEntrySchema, raw);
    return result.success ? [{ hours: result.output.hours, timeZone: result.output.timeZone }] : [];
  });
}
