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

  it('writes dates, times and the zone in the site’s language', () => {
    const shanghai = { timeZone: 'Asia/Shanghai', gmtOffset: 8 };
    expect(formatPostDate('2023-07-05T10:12:00', 'fr-FR')).toBe('5 juil. 2023');
    expect(formatPostDate('2023-07-05T10:12:00', 'zh-CN')).toBe('2023年7月5日');
    expect(formatDateTime('2023-07-05T10:12:00', zoneLabel(shanghai, '2023-07-05T02:12:00', 'ar'), 'ar')).toBe('5 يوليو 2023 في 10:12 ص غرينتش+8');
  });

  it('writes English rather than failing on a language tag Intl does not take', () => {
    expect(formatPostDate('2023-07-05T10:12:00', 'not_a_tag!')).toBe('Jul 5, 2023');
  });
});
