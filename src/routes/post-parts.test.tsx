import { screen, waitFor, within } from '@testing-library/react';
import { siteUrl } from '@/lib/config';
import { renderApp } from '../../test/render-app';
import { headLink } from '../../test/head-queries';

const slug = 'generator-care-in-three-steps';
const partLinks = () => screen.getByRole('navigation', { name: 'Pages of this article' });

describe('a post split into pages with <!--nextpage-->', () => {
  it('shows its first part at its address, with links to the others', async () => {
    renderApp(`/news/${slug}`);
    await screen.findByRole('heading', { level: 1, name: 'Generator Care in Three Steps' });
    const article = screen.getByRole('article', { name: 'Generator Care in Three Steps' });
    expect(within(article).getByRole('heading', { level: 2, name: 'Part one: the daily walk-round' })).toBeInTheDocument();
    expect(article).not.toHaveTextContent('monthly load test');
    expect(partLinks()).toHaveTextContent('Pages:123');
    expect(within(partLinks()).getByText('1')).toHaveAttribute('aria-current', 'page');
    expect(within(partLinks()).getByRole('link', { name: '2' })).toHaveAttribute('href', `/news/${slug}/2`);
    expect(headLink('canonical')).toBe(`${siteUrl}/news/${slug}`);
  });

  it('serves part 2 at /news/<slug>/2, and follows the part links', async () => {
    const { user, router } = renderApp(`/news/${slug}/2`);
    const article = await screen.findByRole('article', { name: 'Generator Care in Three Steps' });
    expect(await within(article).findByRole('heading', { level: 2, name: 'Part two: the monthly load test' })).toBeInTheDocument();
    expect(article).not.toHaveTextContent('daily walk-round');
    // Each part is its own page to a search engine, as WordPress's rel=canonical says (`/slug/2/`).
    expect(headLink('canonical')).toBe(`${siteUrl}/news/${slug}/2`);
    await user.click(within(partLinks()).getByRole('link', { name: '3' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/news/${slug}/3`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Part three: the yearly service' })).toBeInTheDocument();
    expect(headLink('canonical')).toBe(`${siteUrl}/news/${slug}/3`);
    await user.click(within(partLinks()).getByRole('link', { name: '1' }));
    await waitFor(() => expect(headLink('canonical')).toBe(`${siteUrl}/news/${slug}`));
  });

  it('says a part the post does not have does not exist, and sends part 1 to the post’s address', async () => {
    const { unmount } = renderApp(`/news/${slug}/4`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    unmount();
    const { router } = renderApp(`/news/${slug}/1`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/news/${slug}`));
  });

  it('has no part links on a post of one page', async () => {
    renderApp('/news/eu-japan-team-up-to-advance-semiconductors-cybersecurity-and-undersea-cables');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('navigation', { name: 'Pages of this article' })).toBeNull();
  });
});
