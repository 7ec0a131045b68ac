import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, data, RouterProvider } from 'react-router-dom';
import { createTestQueryClient } from '../../../test/render-app';
import { headMeta } from '../../../test/head-queries';
import { RouteError } from './route-error';
import { StartingUp } from './starting-up';

describe('a route that answers 404', () => {
  it('says so, and asks crawlers not to index it', async () => {
    const router = createMemoryRouter(
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
      { initialEntries: ['/gone'] },
    );
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found – EMAC News'));
    expect(headMeta('robots')).toBe('noindex');
  });
});
