import type { Db, DbComment, DbPost, DbUser } from '../db';
import { topics, writeBody } from './articles';
import { archiveTopics, wantedArticles } from './archive';
import { createMedia, mediaId } from './media';
import { createRandom, type Random } from './random';
import { blockPosts } from './block-posts';
import { pastedMarkupPost } from './pasted-markup';
import { referenceCaption, referenceImageAlt, referenceParagraphs } from './reference-article';
import { specialPosts } from './special-posts';
import { discussionComments, discussionPost } from './discussion-post';
import { blockNavigations } from './block-navigation';
import { multiPagePost, siteMenuItems, siteMenus, sitePages } from './site-pages';
import { protectedPage, protectedPageComments } from './protected-page';
import { categories, tags } from './taxonomies';

const gmtOffset = 8;

function toGmt(local: string): string {
  const instant = new Date(`${local}Z`).getTime() - gmtOffset * 3_600_000;
  return new Date(instant).toISOString().slice(0, 19);
}

function excerptOf(html: string): string {
  const words = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ');
  const text = words.slice(0, 55).join(' ');
  return `<p>${text}${words.length > 55 ? ' [&hellip;]' : ''}</p>\n`;
}

const users: DbUser[] = [
  { id: 1, name: 'EMAC Editorial', slug: 'emac-editorial', description: 'News from the EMAC service group.' },
  { id: 2, name: 'Lena Zhou', slug: 'lena-zhou', description: 'Service writer and former marine engineer.' },
  // A name longer than a phone's line, with no place to break it: the byline must still wrap (long-words post).
  { id: 3, name: 'Hydraulikpumpenwartungsintervallverlängerungsbeauftragte Maximiliane von Schwarzenberg-Hohenzollern', slug: 'maximiliane-von-schwarzenberg', description: 'Liaison for the German service partners.' },
];

function referencePost(): DbPost {
  const image = `<figure class="wp-block-image size-large"><img src="/media/speaker-portrait-1024.jpg" alt="${referenceImageAlt}" width="1024" height="576" class="wp-image-${mediaId('speaker-portrait')}" srcset="/media/speaker-portrait-1024.jpg 1024w, /media/speaker-portrait-300.jpg 300w, /media/speaker-portrait-768.jpg 768w, /media/speaker-portrait.jpg 1600w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">${referenceCaption}</figcaption></figure>`;
  const paragraphs = referenceParagraphs.map((text) => `<p>${text.replace(/(こうのたろう|たけあき)/g, '<span lang="ja">$1</span>')}</p>`);
  const content = [...paragraphs.slice(0, 3), image, ...paragraphs.slice(3)].join('\n\n');
  return {
    id: 1042,
    date: '2023-07-05T10:12:00',
    date_gmt: toGmt('2023-07-05T10:12:00'),
    modified: '2023-07-05T10:12:00',
    modified_gmt: toGmt('2023-07-05T10:12:00'),
    slug: 'eu-japan-team-up-to-advance-semiconductors-cybersecurity-and-undersea-cables',
    status: 'publish',
    password: '',
    title: 'EU, Japan Team up to Advance Semiconductors, Cybersecurity and Undersea Cables',
    content,
    excerpt: excerptOf(paragraphs.join(' ')),
    author: 1,
    featured_media: mediaId('speaker-portrait'),
    comment_status: 'open',
    sticky: false,
    categories: [2],
    tags: [20, 27],
  };
}

const commenters = ['Ahmed K.', 'Maria Santos', 'Kenji Watanabe', 'Priya Nair', 'Tom Becker', 'Nguyen Van An', 'Olga Petrova', 'Samuel Okafor', 'Li Wei', 'Grace Tan'];
/** What readers ask or say, each with the answer the service desk gives to exactly that. */
export const remarks: readonly (readonly [remark: string, answer: string])[] = [
  ['Great write-up. We had the same problem on our vessel last spring.', 'Thank you! If it comes back, our marine team can check it at your next port call.'],
  ['How long did the parts take to arrive on site?', 'About ten days, most of it customs clearance.'],
  ['Impressive turnaround. Is this service available in East Africa too?', 'Yes, our regional team covers East Africa. Please reach out through the contact button.'],
  ['Thanks for sharing the measurements, very useful for our own planning.', 'Glad they help. Ask us if you would like the full data set.'],
  ['Our crew attended the training last year and it paid off.', 'Great to hear! The next sessions open in the spring.'],
  ['Could you publish the checklist as a PDF?', 'Good idea. We will add a downloadable version soon.'],
  ['We use the same equipment at our plant. Good to know about the intervals.', 'Agreed, we saw the same pattern on two other sites.'],
];
/** The reader's word back to the desk, under its answer. */
const thanks = ['Thank you, that helps.', 'Perfect, we will get in touch.', 'Thanks for the quick answer.'];
const staff = 'EMAC Service Desk';

const textOf = (comment: DbComment) => comment.content.replace(/<[^>]+>/g, '').trim();

/**
 * A post's comments. Threads read in order: a reply answers the comment it sits
 * under (the desk answers a reader's remark; the reader thanks the desk) and is
 * dated after it.
 */
function commentsFor(post: DbPost, count: number, random: Random, nextId: () => number): DbComment[] {
  const comments: DbComment[] = [];
  const base = new Date(`${post.date}Z`).getTime();
  for (let index = 0; index < count; index += 1) {
    // Each comment is answered once: no second, identical answer under the same remark.
    const parentCandidates = comments.filter((comment) => depthOf(comment, comments) < 2 && !comments.some((reply) => reply.parent === comment.id));
    const parent = index > 0 && random.chance(0.45) && parentCandidates.length > 0 ? random.pick(parentCandidates) : undefined;
    const local = new Date(base + (index + 1) * 5 * 3_600_000 + random.int(0, 3_000_000)).toISOString().slice(0, 19);
    let name: string;
    let text: string;
    if (!parent) {
      name = random.pick(commenters);
      text = random.pick(remarks)[0];
    } else if (parent.author_name === staff) {
      // Under the desk's answer: the reader it answered says thanks.
      name = comments.find((comment) => comment.id === parent.parent)?.author_name ?? random.pick(commenters);
      text = random.pick(thanks);
    } else {
      name = staff;
      const remark = remarks.find(([said]) => said === textOf(parent));
      text = remark ? remark[1] : random.pick(thanks);
    }
    comments.push({
      id: nextId(),
      post: post.id,
      parent: parent?.id ?? 0,
      author: 0,
      author_name: name,
      author_email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
      author_url: '',
      date: local,
      date_gmt: toGmt(local),
      content: `<p>${text}</p>\n`,
      status: 'approved',
    });
  }
  return comments;
}

function depthOf(comment: DbComment, all: DbComment[]): number {
  let depth = 0;
  let current = comment;
  while (current.parent) {
    const parent = all.find((candidate) => candidate.id === current.parent);
    if (!parent) break;
    current = parent;
    depth += 1;
  }
  return depth;
}

/** A fresh, deterministic copy of the whole site: the same data on every call. */
export function createSeed(): Db {
  const random = createRandom(20230705);
  const seeded = topics.length + 2;
  const all = [...topics, ...archiveTopics(topics, wantedArticles(seeded) - seeded)];
  const posts: DbPost[] = all.map((topic, index) => {
    const neighbour = all[(index + 3) % all.length]!;
    const content = writeBody(topic, random, { internal: `/news/${neighbour.slug}/` });
    return {
      id: index < topics.length ? 1100 + index : 5000 + index,
      date: topic.date,
      date_gmt: toGmt(topic.date),
      modified: topic.date,
      modified_gmt: toGmt(topic.date),
      slug: topic.slug,
      status: 'publish',
      title: topic.title,
      content,
      // As an editor's hand-written excerpt reads: the opening paragraphs, without the
      // subheadings and captions WordPress's automatic excerpt would run into the text.
      excerpt: excerptOf(content.replace(/<(h[1-6]|figure)\b[\s\S]*?<\/\1>/g, ' ')),
      author: index % 3 === 0 ? 2 : 1,
      featured_media: topic.picture ? mediaId(topic.picture) : 0,
      comment_status: topic.commentsClosed ? 'closed' : 'open',
      password: topic.password ?? '',
      sticky: false,
      categories: [topic.category],
      tags: [...topic.tags],
    };
  });
  posts.push(referencePost(), pastedMarkupPost(toGmt), ...specialPosts(toGmt), discussionPost(toGmt), multiPagePost(toGmt));
  posts.push(...blockPosts(toGmt));

  let commentId = 3000;
  const nextCommentId = () => (commentId += 1);
  const commentCounts: Record<number, number> = { 1100: 4, 1101: 6, 1103: 2, 1106: 5, 1108: 1, 1112: 3, 1115: 2, 1120: 4, 1124: 1, 1130: 3, 1150: 2 };
  const comments = posts.flatMap((post) => commentsFor(post, commentCounts[post.id] ?? 0, random, nextCommentId));
  // The password-protected post's own comments, readable only with its password.
  const protectedPost = posts.find((post) => post.password)!;
  for (const [index, [name, text]] of [
    ['Maria Santos', 'See you at the stand on Thursday.'],
    ['Kenji Watanabe', 'Will the engine cutaway be on show again?'],
  ].entries()) {
    const local = `2023-10-0${index + 2}T09:30:00`;
    comments.push({
      id: nextCommentId(),
      post: protectedPost.id,
      parent: 0,
      author: 0,
      author_name: name!,
      author_email: `${name!.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
      author_url: '',
      date: local,
      date_gmt: toGmt(local),
      content: `<p>${text}</p>\n`,
      status: 'approved',
    });
  }
  // Held for moderation: WordPress keeps these out of the public list.
  const held = posts.find((post) => post.id === 1100)!;
  comments.push({
    id: nextCommentId(),
    post: held.id,
    parent: 0,
    author: 0,
    author_name: 'Pending Reader',
    author_email: 'pending@example.com',
    author_url: '',
    date: '2023-11-15T10:00:00',
    date_gmt: toGmt('2023-11-15T10:00:00'),
    content: '<p>Waiting for a moderator.</p>\n',
    status: 'hold',
  });
  comments.push(...discussionComments(toGmt, nextCommentId));
  comments.push(...protectedPageComments(toGmt, nextCommentId));

  return {
    posts,
    pages: [...sitePages(toGmt), protectedPage(toGmt)],
    menus: siteMenus.map((menu) => ({ ...menu })),
    menuItems: siteMenuItems.map((item) => ({ ...item })),
    navigations: blockNavigations(toGmt),
    categories: categories.map((term) => ({ ...term })),
    tags: tags.map((term) => ({ ...term })),
    media: createMedia(),
    users: users.map((user) => ({ ...user })),
    comments,
    settings: { commentModeration: false, commentPreviouslyApproved: true, commentRegistrationRequired: false, gmtOffset, timezone: 'Asia/Shanghai', language: 'en-US' },
    subscribers: new Set(['already@example.com']),
  };
}
