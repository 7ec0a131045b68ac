/**
 * The shape of opening hours, apart from the code that reads them against a
 * clock (schedule.ts): the configuration's schema needs only this, so the
 * first view does not download the time-zone code with it.
 */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];
export type TimeRange = readonly [start: string, end: string];
export type WeeklyHours = Partial<Record<Weekday, readonly TimeRange[]>>;
