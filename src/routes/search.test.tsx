import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';
import { referenceTitle } from '../../test/reference-page';

describe('search', () => {
  it('finds the reference article by a word of its body and keeps the query in the box', async () => {
    const { user, router } = renderApp('/');
    const [box] = await screen.findAllByRole('searchbox');
    await user.type(box!, 'Rapidus{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=Rapidus');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “Rapidus”' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: referenceTitle })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search again' })).toHaveValue('Rapidus');
  });

  it('marks the words searched for in the results, without changing what the links say', async () => {
    renderApp('/search?q=semiconductors%20%22undersea%20cables%22');
    const link = await screen.findByRole('link', { name: referenceTitle });
    expect([...link.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Semiconductors', 'Undersea Cables']);
  });

  it('searches for characters that mean something to a pattern as plain text', async () => {
    renderApp('/search?q=(%5B*');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “([*”' })).toBeInTheDocument();
    expect(await screen.findByText(/No articles match “\(\[\*”/)).toBeInTheDocument();
  });

  it('leaves out articles with a word the reader excluded, as WordPress does', async () => {
    renderApp('/search?q=Rapidus%20-Breton');
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    renderApp('/search?q=zeppelin%20submarine');
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
    expect(screen.getByText(/No articles match “zeppelin submarine”/)).toBeInTheDocument();
  });

  it('asks for a word instead of searching for nothing', async () => {
    const { user } = renderApp('/search');
    const main = await screen.findByRole('main');
    await within(main).findByRole('searchbox', { name: 'Search articles' });
    await user.click(within(main).getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Type something to search for.');
  });
});
