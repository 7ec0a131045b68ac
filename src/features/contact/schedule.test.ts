import { translator } from '../../../test/locale';
import { availability, instantOf, isOpen, statusLabel, type WeeklyHours } from './schedule';

const t = translator();

const office: WeeklyHours = {
  mon: [['09:00', '12:00'], ['13:30', '18:00']],
  tue: [['09:00', '12:00'], ['13:30', '18:00']],
  wed: [['09:00', '12:00'], ['13:30', '18:00']],
  thu: [['09:00', '12:00'], ['13:30', '18:00']],
  fri: [['09:00', '12:00'], ['13:30', '18:00']],
  sat: [],
};

describe('opening hours', () => {
  // 2026-11-25 is a Wednesday. Shanghai is UTC+8 all year.
  it('is online inside a range and offline in the lunch break', () => {
    expect(isOpen(office, 'Asia/Shanghai', new Date('2026-11-25T02:00:00Z'))).toBe(true); // 10:00
    expect(isOpen(office, 'Asia/Shanghai', new Date('2026-11-25T04:30:00Z'))).toBe(false); // 12:30
    expect(availability(office, 'Asia/Shanghai', new Date('2026-11-25T04:30:00Z')).nextOpening).toEqual(new Date('2026-11-25T05:30:00Z'));
  });

  it('skips closed days to the next opening, shown in the visitor’s own time', () => {
    const fridayEvening = new Date('2026-11-27T11:00:00Z'); // Fri 19:00 in Shanghai
    const result = availability(office, 'Asia/Shanghai', fridayEvening);
    expect(result.online).toBe(false);
    expect(result.nextOpening).toEqual(new Date('2026-11-30T01:00:00Z')); // Mon 09:00 in Shanghai
    // The visitor's own time, with their zone named (as comment times name the site's).
    expect(statusLabel(result, t, 'en', 'Asia/Shanghai')).toBe('Offline · back Mon 09:00 GMT+8');
    expect(statusLabel(result, t, 'en', 'Europe/London')).toBe('Offline · back Mon 01:00 GMT');
    expect(statusLabel(result, t, 'en', 'America/New_York')).toBe('Offline · back Sun 20:00 GMT-5');
  });

  it('covers the small hours with a range that runs past midnight', () => {
    const shipping: WeeklyHours = { fri: [['20:00', '02:00']] };
    expect(isOpen(shipping, 'Asia/Shanghai', new Date('2026-11-27T13:00:00Z'))).toBe(true); // Fri 21:00
    expect(isOpen(shipping, 'Asia/Shanghai', new Date('2026-11-27T17:30:00Z'))).toBe(true); // Sat 01:30
    expect(isOpen(shipping, 'Asia/Shanghai', new Date('2026-11-27T18:30:00Z'))).toBe(false); // Sat 02:30
    expect(availability(shipping, 'Asia/Shanghai', new Date('2026-11-27T18:30:00Z')).nextOpening).toEqual(new Date('2026-12-04T12:00:00Z'));
  });

  it('follows a daylight-saving change in the agent’s zone', () => {
    const berlin: WeeklyHours = { mon: [['09:00', '17:00']], sun: [['10:00', '12:00']] };
    // Europe changes to summer time on Sunday 29 March 2026 at 02:00.
    expect(instantOf(2026, 3, 27, 9 * 60, 'Europe/Berlin')).toEqual(new Date('2026-03-27T08:00:00Z')); // CET, UTC+1
    expect(instantOf(2026, 3, 30, 9 * 60, 'Europe/Berlin')).toEqual(new Date('2026-03-30T07:00:00Z')); // CEST, UTC+2
    const saturday = new Date('2026-03-28T12:00:00Z');
    expect(availability(berlin, 'Europe/Berlin', saturday).nextOpening).toEqual(new Date('2026-03-29T08:00:00Z'));
    const sundayAfternoon = new Date('2026-03-29T13:00:00Z');
    const next = availability(berlin, 'Europe/Berlin', sundayAfternoon);
    expect(next.nextOpening).toEqual(new Date('2026-03-30T07:00:00Z'));
    expect(statusLabel(next, t, 'en', 'Europe/Berlin')).toBe('Offline · back Mon 09:00 CEST');
    // A visitor in Shanghai sees the same opening in their own time, 15:00.
    expect(statusLabel(next, t, 'en', 'Asia/Shanghai')).toBe('Offline · back Mon 15:00 GMT+8');
    expect(isOpen(berlin, 'Europe/Berlin', new Date('2026-03-30T07:30:00Z'))).toBe(true);
  });

  it('moves a wall time in the spring-forward gap to the first valid minute', () => {
    expect(instantOf(2026, 3, 29, 2 * 60 + 30, 'Europe/Berlin').toISOString()).toMatch(/^2026-03-29T0[01]:30:00/);
  });

  it('says plainly when an agent has no hours at all', () => {
    expect(statusLabel(availability({}, 'Asia/Shanghai', new Date('2026-11-25T02:00:00Z')), t, 'en')).toBe('Offline');
  });
});
