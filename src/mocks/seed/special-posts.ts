import type { DbPost } from '../db';

/**
 * Cases every WordPress site has sooner or later, on the last page of the list
 * (older than every other article) so the first pages read as before: a
 * password-protected post with comments, a draft (never shown to readers), a
 * sticky post (the REST API ignores stickiness when it orders), and titles in a
 * right-to-left script and with accents. `npm run test:wordpress` loads the
 * same posts into a real WordPress.
 */
export function specialPosts(toGmt: (local: string) => string): DbPost[] {
  const post = (id: number, date: string, slug: string, title: string, body: string, extra: Partial<DbPost> = {}): DbPost => ({
    id,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug,
    status: 'publish',
    password: '',
    title,
    content: `<p>${body}</p>\n`,
    excerpt: `<p>${body}</p>\n`,
    author: 1,
    featured_media: 0,
    comment_status: 'open',
    sticky: false,
    categories: [3],
    tags: [],
    ...extra,
  });
  return [
    post(1150, '2021-12-20T09:00:00', 'partner-briefing-service-rates-2022', 'Partner Briefing: Service Rates for 2022', 'The rate card for our service partners, with the changes agreed for the new year.', { password: 'partners-2022' }),
    post(1151, '2024-03-01T09:00:00', 'draft-spring-open-day', 'Draft: Spring Open Day', 'Dates and programme still to be confirmed.', { status: 'draft' }),
    post(1152, '2021-12-14T11:30:00', 'dubai-service-centre-opens', 'افتتاح مركز الخدمة في دبي', 'مركز الخدمة الجديد في دبي يستقبل العملاء من اليوم.', { categories: [2] }),
    post(1153, '2021-12-08T15:45:00', 'zurich-crew-overhaul', 'Zürich Crew Überholt Motoren – Café-Pause Inklusive', 'Die Crew in Zürich hat zwölf Motoren überholt, mit einer Café-Pause am Nachmittag.', { sticky: true, categories: [2] }),
  ];
}
