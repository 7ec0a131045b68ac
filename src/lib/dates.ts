/**
 * WordPress's `date` is the site's local wall-clock time without a zone.
 * Formatting it as if it were UTC shows readers the date the site printed,
 * whatever their own time zone.
 */
function parseSiteDate(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

type DateStyle = 'short' | 'long';

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' },
  long: { month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and style; a tag Intl does not know falls back to English rather than throwing. */
function formatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, styles[style]);
    } catch {
      format = new Intl.DateTimeFormat('en-US', styles[style]);
    }
    formatters.set(key, format);
  }
  return format;
}

/** `Jul 5, 2023` in English, as on the reference page; `5. Juli 2023`, `2023年7月5日` in the site's language. */
export function formatPostDate(value: string, locale = 'en-US'): string {
  const date = parseSiteDate(value);
  return Number.isNaN(date.getTime()) ? '' : formatter(locale, 'short').format(date);
}

/** `July 5, 2023 at 10:12 AM GMT+8`, for comments: the site's wall clock, with its zone named when known. */
export function formatDateTime(value: string, zone = '', locale = 'en-US'): string {
  const date = parseSiteDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const text = formatter(locale, 'long').format(date);
  return zone ? `${text} ${zone}` : text;
}

/** The `datetime` attribute of a <time>: the ISO date part. */
export function isoDate(value: string): string {
  return value.slice(0, 10);
}

/**
 * The site's zone as a reader would write it after a time (`GMT+8`), for the
 * instant `gmt` (WordPress's `date_gmt`, so daylight saving is right). The
 * same in the build and the browser, whatever the reader's own zone.
 */
export function zoneLabel(clock: { timeZone: string; gmtOffset: number } | undefined, gmt: string, locale = 'en-US'): string {
  if (!clock) return '';
  if (clock.timeZone) {
    try {
      // In the site's language: `GMT+8`, `غرينتش+٨`.
      const parts = new Intl.DateTimeFormat(locale, { timeZone: clock.timeZone, timeZoneName: 'short' }).formatToParts(parseSiteDate(gmt));
      const name = parts.find((part) => part.type === 'timeZoneName')?.value;
      if (name) return name;
    } catch {
      // An unknown zone name: fall back to the offset.
    }
  }
  const minutes = Math.round(clock.gmtOffset * 60);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
