import * as v from 'valibot';
import { weekdays } from './weekly-hours';

const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time like 09:00'));
const hoursSchema = v.record(v.picklist(weekdays), v.array(v.tuple([time, time])));

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One service team's fields as the site configuration lists them, its time zone not yet checked (that takes Intl). */
export const agentEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1)),
  role: v.optional(v.string(), ''),
  phone: v.string(),
  avatar: v.optional(v.nullable(v.string()), null),
  message: v.optional(v.nullable(v.string()), null),
  timeZone: v.string(),
  hours: hoursSchema,
});

/** One service team as the site configuration lists it; its phone number is checked apart (phone.ts), with the panel's code. */
export const agentSchema = v.object({
  ...agentEntrySchema.entries,
  timeZone: v.pipe(v.string(), v.check(validTimeZone, 'an IANA time zone such as Asia/Shanghai')),
});
