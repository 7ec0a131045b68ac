import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { scenarioHandlers } from '@/mocks/scenarios';
import { createTestQueryClient } from '../../../../test/render-app';
import { NewsletterBox } from './newsletter-box';

function renderBox(variant: 'footer' | 'inline' = 'footer') {
  const user = userEvent.setup();
  const client = createTestQueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <NewsletterBox variant={variant} />
    </QueryClientProvider>,
  );
  return { user, client, ...view };
}

async function subscribeWith(user: ReturnType<typeof userEvent.setup>, email: string) {
  const box = await screen.findByRole('region', { name: 'Subscribe To Our Newsletter' });
  await user.type(within(box).getByLabelText('Email'), email);
  await user.click(within(box).getByRole('button', { name: 'Subscribe' }));
  return box;
}

describe('newsletter box', () => {
  it('invites readers as the reference page does, with the consent text', async () => {
    renderBox();
    const box = await screen.findByRole('region', { name: 'Subscribe To Our Newsletter' });
    expect(box).toHaveTextContent('Subscribe to get the latest updates from EMAC News.');
    expect(within(box).getByLabelText('Email')).toHaveAccessibleDescription(/Unsubscribe with one click/);
  });

  it('subscribes an address', async () => {
    const { user } = renderBox();
    await subscribeWith(user, 'new.reader@example.com');
    expect(await screen.findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    expect(db.subscribers.has('new.reader@example.com')).toBe(true);
  });

  it('checks the address before sending', async () => {
    const { user } = renderBox();
    const box = await subscribeWith(user, 'not-an-address');
    const input = within(box).getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Please enter an email address like name@example.com/);
    expect(input).toHaveFocus();
    expect(screen.queryByText('You have Successfully Subscribed!')).toBeNull();
    expect(db.subscribers.size).toBe(1);
  });

  it('greets an address already on the list kindly', async () => {
    const { user } = renderBox();
    await subscribeWith(user, 'already@example.com');
    expect(await screen.findByText(/You’re already subscribed with already@example.com/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the address through a failure and subscribes on retry', async () => {
    server.use(...scenarioHandlers('newsletter-down'));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'patient@example.com');
    expect(await within(box).findByRole('alert')).toHaveTextContent('We could not subscribe you just now.');
    expect(within(box).getByLabelText('Email')).toHaveValue('patient@example.com');
    server.resetHandlers();
    await user.click(within(box).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('You have Successfully Subscribed!')).toBeInTheDocument();
  });

  it('sends once however often the button is pressed', async () => {
    let requests = 0;
    server.use(
      http.post('*/wp-json/newsletter/v1/subscribers', () => {
        requests += 1;
      }),
    );
    const { user } = renderBox();
    const box = await screen.findByRole('region', { name: 'Subscribe To Our Newsletter' });
    await user.type(within(box).getByLabelText('Email'), 'quick@example.com');
    const button = within(box).getByRole('button', { name: 'Subscribe' });
    await user.dblClick(button);
    await user.click(button);
    expect(await screen.findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    expect(requests).toBe(1);
  });

  it('lets a reader dismiss the inline box for good', async () => {
    const { user, unmount } = renderBox('inline');
    await user.click(await screen.findByRole('button', { name: /No thanks/ }));
    expect(screen.queryByRole('region', { name: 'Subscribe To Our Newsletter' })).toBeNull();
    unmount();
    renderBox('inline');
    renderBox('footer');
    expect(await screen.findAllByRole('region', { name: 'Subscribe To Our Newsletter' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /No thanks/ })).toBeNull();
  });

  it('explains a malformed answer', async () => {
    server.use(http.post('*/wp-json/newsletter/v1/subscribers', () => HttpResponse.json({ ok: true }, { status: 201 })));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'odd@example.com');
    expect(await within(box).findByRole('alert')).toHaveTextContent('could not read');
  });
});
