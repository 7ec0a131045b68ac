/**
 * Opening hours in an agent's own IANA time zone, and what they mean for a
 * visitor now: online, or offline until the next opening shown in the
 * visitor's time. Ranges may run past midnight (`["20:00", "02:00"]`), and
 * daylight-saving changes are handled by converting real instants through
 * `Intl`, never by fixed offsets.
 */
import type { Translate } from '@/lib/i18n/use-messages';

import { weekdays, type TimeRange, type WeeklyHours } from './weekly-hours';

export { weekdays, type TimeRange, type Weekday, type WeeklyHours } from './weekly-hours';

export interface Availability {
  online: boolean;
  /** The next opening, when offline and the agent opens within a week. */
  nextOpening: Date | null;
}

const minutesOf = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

const partsCache = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

interface ZonedTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

/** The wall-clock date and time of an instant in a zone. */
export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  const parts = Object.fromEntries(zoneFormat(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The instant a zone's clock shows a given wall time; in a spring-forward gap, the first valid minute after it. */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wall;
  for (let step = 0; step < 3; step += 1) {
    const seen = zonedTime(new Date(guess), timeZone);
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    const drift = seenWall - wall;
    if (drift === 0) return new Date(guess);
    guess -= drift;
  }
  return new Date(guess);
}

function rangesOn(hours: WeeklyHours, weekday: number): readonly TimeRange[] {
  return hours[weekdays[((weekday % 7) + 7) % 7]!] ?? [];
}

export function isOpen(hours: WeeklyHours, timeZone: string, now: Date): boolean {
  const local = zonedTime(now, timeZone);
  const today = rangesOn(hours, local.weekday).some(([start, end]) => {
    const from = minutesOf(start);
    const to = minutesOf(end);
    return to > from ? local.minutes >= from && local.minutes < to : local.minutes >= from;
  });
  if (today) return true;
  // Last night's range that runs past midnight.
  return rangesOn(hours, local.weekday - 1).some(([start, end]) => {
    const to = minutesOf(end);
    return to <= minutesOf(start) && local.minutes < to;
  });
}

/** As isOpen, and false for a zone Intl does not know (the panel shows such an entry as misconfigured). */
export function isOpenIn(hours: WeeklyHours, timeZone: string, now: Date): boolean {
  try {
    return isOpen(hours, timeZone, now);
  } catch {
    return false;
  }
}

/** True when one of those entries is within its hours now: the button's green dot. */
export function anyOpen(entries: readonly { hours: WeeklyHours; timeZone: string }[], now: Date): boolean {
  return entries.some(({ hours, timeZone }) => isOpenIn(hours, timeZone, now));
}

export function availability(hours: WeeklyHours, timeZone: string, now: Date): Availability {
  if (isOpen(hours, timeZone, now)) return { online: true, nextOpening: null };
  const local = zonedTime(now, timeZone);
  const base = Date.UTC(local.year, local.month - 1, local.day);
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = new Date(base + offset * 86_400_000);
    const starts = rangesOn(hours, local.weekday + offset)
      .map(([start]) => minutesOf(start))
      .sort((a, b) => a - b);
    for (const start of starts) {
      const instant = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), start, timeZone);
      if (instant.getTime() > now.getTime()) return { online: false, nextOpening: instant };
    }
  }
  return { online: false, nextOpening: null };
}

/** The next opening as the visitor reads a time: their zone, named; the day and clock of their language. */
export function openingTime(instant: Date, locale: string, visitorTimeZone?: string): string {
  // English keeps the reference widget's `Mon 09:00 GMT+8`; other languages write the day and time their own way.
  const english = /^en\b/i.test(locale);
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: visitorTimeZone, timeZoneName: 'short' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(english ? 'en-GB' : locale, english ? { ...options, hourCycle: 'h23' } : options);
  } catch {
    format = new Intl.DateTimeFormat('en-GB', { ...options, hourCycle: 'h23' });
  }
  const text = format.format(instant);
  return english ? text.replace(',', '') : text;
}

/**
 * "Online", or "Offline · back Mon 09:00 GMT+8": the visitor's own time, with
 * the zone named, as comment times name theirs; in the site's language.
 */
export function statusLabel({ online, nextOpening }: Availability, t: Translate, locale = 'en', visitorTimeZone?: string): string {
  if (online) return t('contact.online');
  if (!nextOpening) return t('contact.offline');
  return t('contact.offlineUntil', { time: openingTime(nextOpening, locale, visitorTimeZone) });
}
