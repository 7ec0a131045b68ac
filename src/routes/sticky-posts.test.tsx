import { screen, waitFor, within } from '@testing-library/react';
import { htmlToText } from '@/lib/html';
import { db, type DbPost } from '@/mocks/db';
import { renderApp } from '../../test/render-app';

/** Published posts newest first, as WordPress lists them when stickiness is left aside. */
const newestFirst = () => db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
const titleOf = (post: DbPost) => htmlToText(post.title);
const cardTitles = () => within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('sticky posts on the home list', () => {
  it('come first on page 1, labelled as featured, and are not repeated further down', async () => {
    const sticky = db.posts.filter((post) => post.sticky && post.status === 'publish');
    expect(sticky.length).toBeGreaterThan(0);
    renderApp('/');
    await screen.findAllByText('Featured', {}, { timeout: 10_000 });
    const first = screen.getByRole('heading', { level: 2, name: `Featured: ${titleOf(sticky[0]!)}` });
    const titles = cardTitles();
    expect(titles[0]).toBe(first.textContent);
    // The label is seen, and heard with the title; the link itself keeps the title alone.
    expect(within(first).getByText('Featured')).toBeVisible();
    expect(within(first).getByRole('link', { name: titleOf(sticky[0]!) })).toBeInTheDocument();
    // Then the ten newest of the others, none of them featured, and the sticky post never again.
    const others = newestFirst().filter((post) => !post.sticky).slice(0, 10).map(titleOf);
    expect(titles.slice(sticky.length)).toEqual(others);
    expect(screen.getAllByText('Featured')).toHaveLength(sticky.length);
    expect(screen.getAllByRole('link', { name: titleOf(sticky[0]!) })).toHaveLength(1);
    // The first view of the file loads the route's code too.
  }, 15_000);

  it('keep pages and totals of the other posts: page 2 goes on where page 1 stopped, without them', async () => {
    const sticky = db.posts.filter((post) => post.sticky && post.status === 'publish');
    const others = newestFirst().filter((post) => !post.sticky);
    const { user } = renderApp('/');
    await screen.findAllByText('Featured', {}, { timeout: 5000 });
    const total = sticky.length + others.length;
    const pages = Math.ceil(others.length / 10);
    expect(screen.getByText(`${total} articles · page 1 of ${pages}`)).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Article pages' })).getByRole('link', { name: 'Page 2' }));
    expect(await screen.findByText(`${total} articles · page 2 of ${pages}`)).toBeInTheDocument();
    await waitFor(() => expect(cardTitles()).toEqual(others.slice(10, 20).map(titleOf)));
    expect(screen.queryByText('Featured')).toBeNull();
  });

  it('float on the home list only: a category lists them by date, unmarked', async () => {
    const sticky = db.posts.find((post) => post.sticky && post.status === 'publish')!;
    const category = db.categories.find((term) => term.id === sticky.categories[0])!;
    db.posts.filter((post) => post !== sticky && post.categories.includes(category.id)).slice(3).forEach((post) => (post.status = 'draft'));
    renderApp(`/category/${category.slug}`);
    await screen.findByRole('link', { name: titleOf(sticky) }, { timeout: 5000 });
    const inCategory = newestFirst().filter((post) => post.categories.includes(category.id));
    expect(cardTitles()).toEqual(inCategory.map(titleOf));
    expect(screen.queryByText('Featured')).toBeNull();
  });

  it('leave the list as it was on a site without any', async () => {
    for (const post of db.posts) post.sticky = false;
    renderApp('/');
    await screen.findByRole('link', { name: titleOf(newestFirst()[0]!) }, { timeout: 5000 });
    expect(cardTitles()).toEqual(newestFirst().slice(0, 10).map(titleOf));
    expect(screen.queryByText('Featured')).toBeNull();
  });
});

describe('the first picture of the home list', () => {
  it('loads at once and first, even behind a featured post without one', async () => {
    const sticky = db.posts.find((post) => post.sticky && post.status === 'publish')!;
    sticky.featured_media = 0;
    renderApp('/');
    await screen.findAllByText('Featured', {}, { timeout: 10_000 });
    const pictures = within(screen.getByRole('main')).getAllByRole('img', { hidden: true }).filter((image) => image.tagName === 'IMG');
    expect(pictures.length).toBeGreaterThan(1);
    // The largest paint of a phone's first screen: not left for lazy loading to find after layout.
    expect(pictures[0]).toHaveAttribute('loading', 'eager');
    expect(pictures[0]).toHaveAttribute('fetchpriority', 'high');
    for (const later of pictures.slice(1)) expect(later).toHaveAttribute('loading', 'lazy');
  });
});
