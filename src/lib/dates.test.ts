import { formatDateTime, formatPostDate, zoneLabel } from './dates';

describe('dates in the site’s own zone', () => {
  it('prints the site’s wall clock whatever zone the reader is in', () => {
    expect(formatPostDate('2023-07-05T10:12:00')).toBe('Jul 5, 2023');
    expect(formatDateTime('2023-07-05T10:12:00')).toBe('July 5, 2023 at 10:12 AM');
  });

  it('names the zone after a time, from WordPress’s timezone_string', () => {
    const shanghai = { timeZone: 'Asia/Shanghai', gmtOffset: 8 };
    expect(formatDateTime('2023-07-05T10:12:00', zoneLabel(shanghai, '2023-07-05T02:12:00'))).toBe('July 5, 2023 at 10:12 AM GMT+8');
  });

  it('follows daylight saving for the instant shown', () => {
    const london = { timeZone: 'Europe/London', gmtOffset: 0 };
    expect(zoneLabel(london, '2023-01-10T12:00:00')).toBe('GMT');
    expect(zoneLabel(london, '2023-07-10T12:00:00')).toBe('GMT+1');
  });

  it('falls back to the offset for a site that set only one, or an unknown zone name', () => {
    expect(zoneLabel({ timeZone: '', gmtOffset: 5.5 }, '2023-07-05T02:12:00')).toBe('UTC+5:30');
    expect(zoneLabel({ timeZone: '', gmtOffset: -3 }, '2023-07-05T02:12:00')).toBe('UTC−3');
    expect(zoneLabel({ timeZone: 'Nowhere/Atlantis', gmtOffset: 0 }, '2023-07-05T02:12:00')).toBe('UTC');
    expect(zoneLabel(undefined, '2023-07-05T02:12:00')).toBe('');
  });
});
