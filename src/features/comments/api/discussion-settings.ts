/**
 * How the site threads and pages its comments: WordPress's Settings →
 * Discussion. A visitor cannot read those options over the REST API (the
 * settings route needs a login), so they come from the `discussion` section of
 * site-config.json, with WordPress's own defaults for anything left out or
 * unreadable (README, "Comment threads and pages").
 */
export interface DiscussionSettings {
  /** `thread_comments_depth`: replies nest this many levels; deeper ones line up at the last level. 1 is a flat list. */
  threadCommentsDepth: number;
  /** `page_comments`: break the thread into pages of `commentsPerPage` top-level comments. */
  pageComments: boolean;
  commentsPerPage: number;
  /** `default_comments_page`: the page shown first, the one with the newest or the oldest comments. */
  defaultCommentsPage: 'newest' | 'oldest';
  /** `comment_order`: top-level comments on a page, oldest or newest first. */
  commentOrder: 'asc' | 'desc';
}

export const wordpressDefaults: DiscussionSettings = {
  threadCommentsDepth: 5,
  pageComments: false,
  commentsPerPage: 50,
  defaultCommentsPage: 'newest',
  commentOrder: 'asc',
};

const isWhole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The `discussion` section of the site configuration; a setting that does not make sense keeps WordPress's default. */
export function readDiscussionSettings(section: unknown): DiscussionSettings {
  const given = section !== null && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const settings: DiscussionSettings = {
    // WordPress offers 2 to 10 levels; 1 is what unticking threading amounts to.
    threadCommentsDepth: isWhole(given.threadCommentsDepth, 1, 10) ? given.threadCommentsDepth : wordpressDefaults.threadCommentsDepth,
    pageComments: typeof given.pageComments === 'boolean' ? given.pageComments : wordpressDefaults.pageComments,
    commentsPerPage: isWhole(given.commentsPerPage, 1, 1000) ? given.commentsPerPage : wordpressDefaults.commentsPerPage,
    defaultCommentsPage: given.defaultCommentsPage === 'oldest' || given.defaultCommentsPage === 'newest' ? given.defaultCommentsPage : wordpressDefaults.defaultCommentsPage,
    commentOrder: given.commentOrder === 'asc' || given.commentOrder === 'desc' ? given.commentOrder : wordpressDefaults.commentOrder,
  };
  const ignored = Object.keys(given).filter((key) => key in settings && given[key] !== settings[key as keyof DiscussionSettings]);
  if (ignored.length > 0) console.warn(`The site configuration's "discussion" section has unusable ${ignored.join(', ')}; WordPress's defaults are used for them.`);
  return settings;
}
