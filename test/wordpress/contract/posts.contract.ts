// @vitest-environment jsdom
/**
 * Posts, terms and search: the same requests to the mock and to a real
 * WordPress holding the same seed, compared as the reader reads them.
 * Differences the reader does not care about are in ../known-differences.ts.
 */
import * as v from 'valibot';
import { postSchema, toArticle, type Article } from '@/features/articles/api/post-schema';
import { termSchema, toTerm } from '@/features/taxonomies/api/terms-fetch';
import { htmlToText } from '@/lib/html';
import { askBoth, type Answer } from '../sites';
import { knownDifferences } from '../known-differences';

const listQuery = '_embed=author,wp:featuredmedia,wp:term';

function paging(answer: Answer) {
  return { status: answer.status, total: answer.headers.get('X-WP-Total'), totalPages: answer.headers.get('X-WP-TotalPages') };
}

function articles(answer: Answer): Article[] {
  const parsed = v.safeParse(v.array(postSchema), answer.body);
  if (!parsed.success) throw new Error(`The reader cannot read this list: ${v.summarize(parsed.issues)}`);
  return parsed.output.map(toArticle);
}

/** wptexturize's one change the seed's text meets: `<!--` in prose becomes `<!–`. */
function untexturized(text: string): string {
  return text.replace(/<!–/g, '<!--');
}

/** What a reader sees of an article, less what known-differences.ts allows to differ. */
function comparable(article: Article) {
  void knownDifferences.addresses;
  void knownDifferences.renderedHtml;
  void knownDifferences.extraSizes;
  void knownDifferences.texturize;
  const { contentHtml, image, ...rest } = article;
  return {
    ...rest,
    title: untexturized(rest.title),
    excerpt: untexturized(rest.excerpt),
    categories: rest.categories.map(({ name, slug }) => ({ name, slug })),
    tags: rest.tags.map(({ name, slug }) => ({ name, slug })),
    // Block markup leaves different white space between paragraphs, list items and cells.
    text: untexturized(htmlToText(contentHtml)).replace(/\s+/g, ''),
    image: image && {
      alt: image.alt,
      caption: image.caption,
      width: image.width,
      height: image.height,
      file: image.url.split('/').pop(),
      // The reader runs on another origin: a relative address would point at the reader itself.
      absolute: /^https?:\/\//.test(image.url) && image.sources.every((size) => /^https?:\/\//.test(size.url)),
      sizes: image.sources.filter((size) => size.width <= 1024).map((size) => `${size.width}x${size.height}`),
    },
  };
}

function errorCode(answer: Answer) {
  return { status: answer.status, code: (answer.body as { code?: string } | undefined)?.code };
}

describe('the article list', () => {
  it.each([1, 2, 3, 4, 5])('page %i: same totals, same articles in the same order, read the same way', async (page) => {
    const both = await askBoth(`/posts?page=${page}&per_page=10&${listQuery}`);
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
    expect(articles(both.mock).map(comparable)).toEqual(articles(both.wordpress).map(comparable));
  });

  it('embeds author, featured picture and terms in the same shapes', async () => {
    const both = await askBoth(`/posts?slug=onsite-in-durban-refit-season-begins&${listQuery}`);
    const shape = (answer: Answer) => {
      const [post] = answer.body as { _embedded: Record<string, unknown[]> }[];
      const embedded = post!._embedded;
      const media = embedded['wp:featuredmedia']![0] as { media_details: { sizes: Record<string, unknown> } };
      return {
        rels: Object.keys(embedded).sort(),
        termGroups: (embedded['wp:term'] as { taxonomy: string }[][]).map((group) => group.map((term) => term.taxonomy)),
        sizes: Object.keys(media.media_details.sizes).filter((name) => name !== '1536x1536').sort(),
      };
    };
    expect(shape(both.mock)).toEqual(shape(both.wordpress));
  });

  it('keeps per_page within WordPress’s limits and refuses a page past the end', async () => {
    for (const route of ['/posts?per_page=101', '/posts?per_page=0', '/posts?page=99', '/posts?page=0', '/posts?categories=abc']) {
      const both = await askBoth(route);
      expect(errorCode(both.mock), route).toEqual(errorCode(both.wordpress));
    }
    const all = await askBoth('/posts?per_page=100&_fields=id');
    expect(paging(all.mock)).toEqual(paging(all.wordpress));
    expect(all.mock.body).toEqual(all.wordpress.body);
  });

  it('orders by date whatever is sticky, and finds the neighbours of an article', async () => {
    for (const route of [
      '/posts?per_page=100&_fields=id,sticky',
      '/posts?before=2023-07-05T10:12:00&per_page=1&order=desc&orderby=date&_fields=id',
      '/posts?after=2023-07-05T10:12:00&per_page=1&order=asc&orderby=date&_fields=id',
      '/posts?categories=2&exclude=1042&per_page=5&_fields=id',
    ]) {
      const both = await askBoth(route);
      expect(both.mock.body, route).toEqual(both.wordpress.body);
    }
  });

  it('shows a password-protected post in the list without its text, and hides a draft', async () => {
    for (const route of ['/posts/1150?_fields=id,title,content,excerpt', '/posts?slug=draft-spring-open-day', '/posts/1151', '/posts/999999']) {
      const both = await askBoth(route);
      expect(both.mock.status, route).toBe(both.wordpress.status);
      if (both.wordpress.status >= 400) expect(errorCode(both.mock), route).toEqual(errorCode(both.wordpress));
      else expect(both.mock.body, route).toEqual(both.wordpress.body);
    }
  });
});

describe('search', () => {
  const queries = [
    'Rapidus foundry',
    'generator',
    'generator -diesel',
    '"service desk"',
    'crew',
    'zurich',
    'Café',
    'دبي',
    'rate card',
    'the',
    'wp-image',
    'no such words anywhere',
    // How WordPress reads what was typed: a hyphen keeps a stopword, apostrophes go, white space and
    // percent-encoded octets are cleaned up, a backslash is dropped.
    'crew -the',
    "'crew'",
    '"service  desk"',
    '%41engine',
    'eng\\ine',
  ];

  it.each(queries)('“%s” finds the same articles on both', async (query) => {
    const both = await askBoth(`/posts?search=${encodeURIComponent(query)}&per_page=100&_fields=id`);
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
    expect(both.mock.body).toEqual(both.wordpress.body);
  });

  // Searches whose results spread over WordPress's ranks (the sentence in the title, every term in it,
  // any term, the sentence in the excerpt, in the content, the rest), with stopwords, with a word left
  // out, past six terms and past nine; and one with no word to find, which WordPress cannot rank.
  const rankedQueries = [
    ...queries,
    'service desk',
    'marine service',
    'spare parts',
    'service teams',
    'new year service',
    'engine, service',
    'the engine',
    'spare parts -pump',
    'service and our team new engine parts',
    'one two three four five six seven eight nine ten',
    '-diesel',
  ];

  it.each(rankedQueries)('“%s” by relevance: the same articles in the same order on both', async (query) => {
    const both = await askBoth(`/posts?search=${encodeURIComponent(query)}&orderby=relevance&per_page=100&_fields=id`);
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
    expect(both.mock.body).toEqual(both.wordpress.body);
  });

  it('by relevance: breaks ties by date in the order asked for, and pages the same way', async () => {
    for (const route of [
      '/posts?search=spare%20parts&orderby=relevance&order=asc&per_page=100&_fields=id',
      '/posts?search=engine&orderby=relevance&per_page=10&page=2&_fields=id',
    ]) {
      const both = await askBoth(route);
      expect(paging(both.mock), route).toEqual(paging(both.wordpress));
      expect(both.mock.body, route).toEqual(both.wordpress.body);
    }
  });

  it('by relevance: refuses without a search, or with one PHP takes for none', async () => {
    for (const route of ['/posts?orderby=relevance', '/posts?search=0&orderby=relevance', '/posts?search=%20%2541&orderby=relevance']) {
      const both = await askBoth(route);
      expect(errorCode(both.mock), route).toEqual(errorCode(both.wordpress));
    }
  });
});

describe('categories and tags', () => {
  it.each(['categories', 'tags'])('%s: the menu’s list has the same terms, counts and order', async (taxonomy) => {
    void knownDifferences.termAndCommentIds;
    const both = await askBoth(`/${taxonomy}?per_page=100&hide_empty=true&orderby=count&order=desc`);
    void knownDifferences.tieOrder;
    const read = (answer: Answer) =>
      v
        .parse(v.array(termSchema), answer.body)
        .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
        .map((term) => ({ ...toTerm(term), count: term.count }))
        .map(({ id: _id, ...term }) => term);
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
    expect(read(both.mock)).toEqual(read(both.wordpress));
  });

  it('finds a term by slug, and answers an unknown slug with an empty list', async () => {
    for (const route of ['/categories?slug=global-onsite-activity', '/tags?slug=no-such-tag']) {
      const both = await askBoth(route);
      const read = (answer: Answer) => v.parse(v.array(termSchema), answer.body).map(toTerm).map(({ id: _id, ...term }) => term);
      expect(read(both.mock), route).toEqual(read(both.wordpress));
    }
  });
});
