import type { DbComment, DbPost } from '../db';

/**
 * A post whose discussion needs every part of the thread: more top-level
 * comments than a page of the demo site holds (site-config.json's
 * `discussion`: 5 a page), a reply chain deeper than its 5 levels, and two
 * pingbacks and a trackback from other sites, which WordPress lists only to
 * signed-in users. `npm run test:wordpress` seeds the same into a real
 * WordPress (scripts/wordpress/seed-posts.php gives the pings their type).
 */
export const discussionPostId = 1160;

const date = '2021-11-30T10:00:00';

export function discussionPost(toGmt: (local: string) => string): DbPost {
  const body = 'The hydrogen-ready generator sets are on their way to the first three customers. We asked readers what they want to know before their own units arrive.';
  return {
    id: discussionPostId,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug: 'hydrogen-ready-generators-your-questions',
    status: 'publish',
    password: '',
    title: 'Hydrogen-Ready Generators: Your Questions, Our Answers',
    content: `<p>${body}</p>\n<p>Ask in the comments: the engineers answer every question here.</p>\n`,
    excerpt: `<p>${body}</p>\n`,
    author: 2,
    featured_media: 0,
    comment_status: 'open',
    sticky: false,
    categories: [3],
    tags: [],
  };
}

const questions: readonly [author: string, text: string][] = [
  ['Priya Nair', 'Which blend of hydrogen can the first units burn?'],
  ['Tom Becker', 'Is a retrofit possible for the sets we bought in 2019?'],
  ['Grace Tan', 'How loud are they compared with the diesel range?'],
  ['Samuel Okafor', 'Who services them in West Africa?'],
  ['Olga Petrova', 'What does the warranty cover for the fuel system?'],
  ['Li Wei', 'Can two units run in parallel on one bus?'],
  ['Kenji Watanabe', 'When will the 500 kVA model ship?'],
];

/** A conversation that goes back and forth seven times: deeper than the site threads. */
const exchange: readonly [author: string, text: string][] = [
  ['EMAC Service Desk', 'Up to 25 percent hydrogen by volume, with natural gas.'],
  ['Priya Nair', 'And above that, once the pipeline carries more?'],
  ['EMAC Service Desk', 'A kit for 100 percent follows next year: new injectors and controls.'],
  ['Priya Nair', 'Would the kit fit units delivered this year?'],
  ['EMAC Service Desk', 'Yes, they are built with the mounting points for it.'],
  ['Priya Nair', 'Good. Can our own technicians fit it?'],
  ['EMAC Service Desk', 'After a two-day course at our Durban centre, yes.'],
];

const pings: readonly Omit<DbComment, 'id' | 'post' | 'parent' | 'author' | 'author_email' | 'date' | 'date_gmt' | 'status'>[] = [
  {
    type: 'pingback',
    author_name: 'Power Plant Weekly',
    author_url: 'https://power-plant-weekly.example/2021/12/hydrogen-generators-roundup/',
    content: '<p>[&#8230;] EMAC&#8217;s readers asked the hard questions about hydrogen-ready sets [&#8230;]</p>\n',
  },
  {
    type: 'pingback',
    author_name: 'Marine Engineering Notes',
    author_url: 'https://marine-notes.example/hydrogen-on-board/',
    content: '<p>[&#8230;] a useful thread on blends and retrofits [&#8230;]</p>\n',
  },
  {
    type: 'trackback',
    author_name: 'Energy Transition Digest',
    author_url: 'https://energy-digest.example/issue-48/',
    content: '<p>Issue 48: hydrogen-ready generator sets reach their first customers.</p>\n',
  },
];

export function discussionComments(toGmt: (local: string) => string, nextId: () => number): DbComment[] {
  const start = new Date(`${date}Z`).getTime();
  let hours = 0;
  const at = () => {
    hours += 3;
    return new Date(start + hours * 3_600_000).toISOString().slice(0, 19);
  };
  const comment = (author_name: string, text: string, parent: number, extra: Partial<DbComment> = {}): DbComment => {
    const local = at();
    return {
      id: nextId(),
      post: discussionPostId,
      parent,
      author: 0,
      author_name,
      author_email: `${author_name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
      author_url: '',
      date: local,
      date_gmt: toGmt(local),
      content: `<p>${text}</p>\n`,
      status: 'approved',
      ...extra,
    };
  };
  const comments: DbComment[] = [];
  for (const [index, [author, text]] of questions.entries()) {
    const question = comment(author, text, 0);
    comments.push(question);
    if (index === 0) {
      let parent = question.id;
      for (const [replier, reply] of exchange) {
        const answer = comment(replier, reply, parent);
        comments.push(answer);
        parent = answer.id;
      }
    }
  }
  for (const ping of pings) comments.push({ ...comment(ping.author_name, '', 0), ...ping });
  return comments;
}
