/**
 * Every way the mock is allowed to differ from a real WordPress, with the
 * reason it does not matter to the reader. The contract suite leaves exactly
 * these out of its comparisons; anything else that differs fails it.
 */
export const knownDifferences = {
  addresses: 'Links, guids, picture and avatar URLs name each site’s own origin and permalink base (the mock uses /news/<slug>/). The reader builds its own links from slugs and uses picture URLs as given.',
  renderedHtml: 'Article bodies are rendered by each side (WordPress runs wpautop and wptexturize over the stored HTML, the mock stores it rendered). The reader sanitises whatever HTML it gets; the suite compares the text, not the markup.',
  termAndCommentIds: 'WordPress numbers categories, tags and comments itself, so ids differ; posts and pictures keep the mock’s ids (import_id). The suite matches terms by slug and comments by author and text.',
  texturize: 'WordPress’s wptexturize turns `<!--` written in prose into `<!–` (an en dash) when it renders a title, excerpt or body; the mock keeps what was stored. Either reads fine.',
  extraSizes: 'WordPress also makes a 1536x1536 size of a large upload (the mock’s pictures stop at large, 1024). The reader takes every size of the original’s shape that a site offers.',
  avatars: 'WordPress fills author_avatar_urls with Gravatar addresses; the mock leaves them empty. The reader draws initials and does not load avatars.',
  extraFields: 'WordPress adds fields and links the reader never reads (_links.collection, about, version-history, wp:attachment, and the comment’s _links). The suite compares what the reader’s schemas read.',
  errorMessages: 'Error messages are WordPress’s English text; the mock writes a few with typographic apostrophes where WordPress sends HTML entities. The reader shows its own words for each error code, never the message.',
  commentFlood: 'WordPress refuses a second comment from one address within 15 seconds (comment_flood); the mock does not, and the test site switches the check off so the suites can post. The reader shows any WordPress refusal with its message and keeps the text.',
  cors: 'The mock answers the reader’s own origin (in the browser, through a service worker), so it sends no CORS headers; the suite checks WordPress’s CORS answer on its own.',
  tieOrder: 'Terms with the same count come back in whatever order MySQL finds them; the mock keeps its seed order. The menu’s order among equals does not matter.',
  commentDates: 'A new comment’s date is the moment it was posted on each side.',
} as const;

export type KnownDifference = keyof typeof knownDifferences;
