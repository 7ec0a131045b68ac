import type { DbComment, DbPage } from '../db';

/**
 * A password-protected WordPress page, with comments open: WordPress withholds
 * its text and its comments until the password is given, as for a post.
 * `npm run test:wordpress` seeds the same (scripts/wordpress/seed-pages.php).
 */
// Next to the other pages (2001–2007): a higher id would move WordPress's next automatic id (the menu's
// items) into the ids the seeded block navigations ask for (2101–2103), and seeding would fail.
export const protectedPageId = 2008;
export const protectedPagePassword = 'partners2024';

const date = '2022-03-01T09:00:00';

export function protectedPage(toGmt: (local: string) => string): DbPage {
  const paragraphs = [
    'Service partners find the price list for spare parts, the warranty claim form and the training calendar here.',
    'Ask the parts desk for a quote on anything the list does not hold.',
  ];
  return {
    id: protectedPageId,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug: 'partner-area',
    status: 'publish',
    password: protectedPagePassword,
    // Under Service Network: /service-network/partner-area/.
    parent: 2004,
    menu_order: 2,
    title: 'Partner Area',
    content: paragraphs.map((text) => `<p>${text}</p>\n`).join('\n'),
    excerpt: `<p>${paragraphs[0]}</p>\n`,
    author: 1,
    comment_status: 'open',
  };
}

/** Its one comment, readable only with the page's password. */
export function protectedPageComments(toGmt: (local: string) => string, nextId: () => number): DbComment[] {
  const local = '2022-03-02T10:00:00';
  return [
    {
      id: nextId(),
      post: protectedPageId,
      parent: 0,
      author: 0,
      author_name: 'Ahmed Farouk',
      author_email: 'ahmed.farouk@example.com',
      author_url: '',
      date: local,
      date_gmt: toGmt(local),
      content: '<p>The new warranty form saves us a day per claim. Thank you.</p>\n',
      status: 'approved',
    },
  ];
}
