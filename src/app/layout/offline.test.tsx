import { onlineManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { referenceSlug, referenceTitle } from '../../../test/reference-page';
import { renderApp } from '../../../test/render-app';

// The views still on screen hear the connection come back.
afterEach(() => act(() => onlineManager.setOnline(true)));

describe('offline', () => {
  it('says the reader is offline instead of showing skeletons forever, and fills the list in when the connection is back', async () => {
    onlineManager.setOnline(false);
    server.use(http.get('*/wp-json/wp/v2/posts', () => HttpResponse.error()));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The articles could not be loaded');
    expect(alert).toHaveTextContent('You are offline. Check your connection and try again.');
    expect(screen.getAllByRole('status').some((region) => region.textContent?.includes('You are offline.'))).toBe(true);

    server.resetHandlers();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByRole('link', { name: referenceTitle })).toBeInTheDocument();
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });

  it('keeps a comment typed offline and says why it was not posted', async () => {
    const { user } = renderApp(`/news/${referenceSlug}`);
    await user.click(await screen.findByRole('button', { name: 'Leave a comment' }));
    const form = screen.getByRole('form', { name: 'Leave a comment' });
    act(() => onlineManager.setOnline(false));
    server.use(http.post('*/wp-json/wp/v2/comments', () => HttpResponse.error()));
    await user.type(within(form).getByLabelText('Name'), 'Ada');
    await user.type(within(form).getByLabelText('Email'), 'ada@example.com');
    await user.type(within(form).getByLabelText('Comment'), 'Written on a train');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Your comment could not be posted. You are offline. Check your connection and try again. Your text is still here.',
    );
    expect(within(form).getByLabelText('Comment')).toHaveValue('Written on a train');
  });

  // A view whose code could not be downloaded: the layout stories PageCodeMissingWhileOffline and PageCodeMissingAfterAnUpdate.
});
