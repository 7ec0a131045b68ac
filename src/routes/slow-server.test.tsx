import { act, screen } from '@testing-library/react';
import { delay, http } from 'msw';
import { createQueryClient } from '@/app/query-client';
import { server } from '@/mocks/node';
import { renderApp } from '../../test/render-app';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The reader as it runs, retries and all, on a WordPress that never answers an article list. */
function renderSilentServer() {
  server.use(http.get('*/wp-json/wp/v2/posts', () => delay('infinite')));
  renderApp('/', { queryClient: createQueryClient() });
}

describe('a server that does not answer', () => {
  it('says it is slow while still waiting, then gives a clear error with a retry before 20 s', async () => {
    renderSilentServer();
    expect(await screen.findByText('Loading articles…')).toBeInTheDocument();
    expect(screen.queryByText(/slow to answer/)).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(8_500));
    expect(screen.getByText('The news server is slow to answer. Still trying…')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(11_000));
    expect(screen.getByRole('heading', { name: 'The articles could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/taking too long to answer/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
