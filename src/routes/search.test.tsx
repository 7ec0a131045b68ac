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

  it('lists articles with the word in their title first, before a newer one that only mentions it, as WordPress ranks them', async () => {
    renderApp('/search?q=crew');
    await screen.findByRole('link', { name: 'ConeMac Crews Restart a Quarry After a Crusher Failure' });
    const cards = screen.getAllByRole('article');
    const titles = cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent);
    expect(titles.slice(0, 3)).toEqual([
      'ConeMac Crews Restart a Quarry After a Crusher Failure',
      'Zürich Crew Überholt Motoren – Café-Pause Inklusive',
      'DuraMac Technicians Rebuild a Mining Truck Engine in Nine Days',
    ]);
    // The third is the newest of them: by date it would come first.
    expect(cards[0]).toHaveTextContent('May 3, 2023');
    expect(cards[1]).toHaveTextContent('Dec 8, 2021');
    expect(cards[2]).toHaveTextContent('Jun 27, 2023');
  });

  it('lists the newest articles without a word the reader left out, when that is all the search says', async () => {
    renderApp('/search?q=-diesel');
    expect(await screen.findByRole('link', { name: 'SeaMac Opens a 24-Hour Marine Service Desk in Singapore' })).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(10);
    expect(within(cards[0]!).getByRole('heading', { level: 2 })).toHaveTextContent('SeaMac Opens a 24-Hour Marine Service Desk in Singapore');
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
