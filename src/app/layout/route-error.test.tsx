import { screen, waitFor } from '@testing-library/react';
import { data } from 'react-router-dom';
import { renderRoutes } from '../../../test/render-app';
import { headMeta } from '../../../test/head-queries';
import { RouteError } from './route-error';
import { StartingUp } from './starting-up';

describe('a route that answers 404', () => {
  it('says so, and asks crawlers not to index it', async () => {
    renderRoutes(
      [
        {
          path: '/gone',
          element: <p>The page</p>,
          hydrateFallbackElement: <StartingUp />,
          errorElement: <RouteError />,
          loader: () => {
            throw data(null, { status: 404 });
          },
        },
      ],
      { path: '/gone' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found – EMAC News'));
    expect(headMeta('robots')).toBe('noindex');
  });
});
