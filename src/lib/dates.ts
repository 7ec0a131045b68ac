/**
 * WordPress's `date` is the site's local wall-clock time without a zone.
 * Formatting it as if it were UTC shows readers the date the site printed,
 * whatever their own time zone.
 */
function parseSiteDate(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const longDateTime = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** `Jul 5, 2023`, as on the reference page. */
export function formatPostDate(value: string): string {
  const date = parseSiteDate(value);
  return Number.isNaN(date.getTime()) ? '' : shortDate.format(date);
}

/** `July 5, 2023 at 10:12 AM`, for comments. */
export function formatDateTime(value: string): string {
  const date = parseSiteDate(value);
  return Number.isNaN(date.getTime()) ? '' : longDateTime.format(date);
}

/** The `datetime` attribute of a <time>: the ISO date part. */
export function isoDate(value: string): string {
  return value.slice(0, 10);
}
