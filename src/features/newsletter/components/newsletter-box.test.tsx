import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { wpError } from '@/mocks/handlers/wp-response';
import { server } from '@/mocks/node';
import { boxName, renderBox, subscribeWith, subscribersRoute } from '../../../../test/newsletter-box';

const route = subscribersRoute;

/** Counts what reaches the newsletter route, then hands each request on to the mock, once `release` is called. */
function watchSubscriptions({ hold = false } = {}) {
  let release = () => {};
  const gate = hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const bodies: unknown[] = [];
  server.use(
    http.post(route, async ({ request }) => {
      bodies.push(await request.clone().json());
      await gate;
    }),
  );
  return { bodies, release: () => release() };
}

describe('newsletter box', () => {
  it('invites readers as the reference page does, with the consent text', async () => {
    renderBox();
    const box = await screen.findByRole('region', { name: boxName });
    expect(within(box).getByRole('heading', { level: 2, name: boxName })).toBeInTheDocument();
    expect(box).toHaveTextContent('Subscribe to get the latest updates from EMAC News.');
    const input = within(box).getByLabelText('Email');
    expect(input).toHaveAccessibleDescription(
      'We send one email a month at most. Unsubscribe with one click; we never share your address.',
    );
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(within(box).getByRole('button', { name: 'Subscribe' })).toBeEnabled();
    expect(within(box).queryByRole('button', { name: /No thanks/ })).toBeNull();
  });

  it('subscribes an address and shows the reference page’s confirmation in place of the form', async () => {
    const { bodies } = watchSubscriptions();
    const { user } = renderBox();
    const box = await subscribeWith(user, '  New.Reader@example.com ');
    const done = await within(box).findByText('You have Successfully Subscribed!');
    expect(done.closest('[aria-live="polite"]')).not.toBeNull();
    expect(done).toHaveFocus();
    expect(within(box).queryByLabelText('Email')).toBeNull();
    expect(bodies).toEqual([{ email: 'New.Reader@example.com' }]);
    expect(db.subscribers.has('new.reader@example.com')).toBe(true);
  });

  it('checks the address on submit, sends nothing and puts the reader back in the field', async () => {
    const { bodies } = watchSubscriptions();
    const { user } = renderBox();
    const box = await subscribeWith(user, 'not-an-address');
    const input = within(box).getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/^Please enter an email address like name@example.com\./);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('not-an-address');
    expect(bodies).toEqual([]);
    expect(screen.queryByText('You have Successfully Subscribed!')).toBeNull();
    expect([...db.subscribers]).toEqual(['already@example.com']);
  });

  it('asks for an address when the field is empty', async () => {
    const { user } = renderBox();
    const box = await screen.findByRole('region', { name: boxName });
    await user.click(within(box).getByRole('button', { name: 'Subscribe' }));
    const input = within(box).getByLabelText('Email');
    expect(input).toHaveAccessibleDescription(/^Please enter your email address\./);
    expect(input).toHaveFocus();
  });

  it('checks an address when the reader leaves the field, but not an untouched one', async () => {
    const { user } = renderBox();
    const box = await screen.findByRole('region', { name: boxName });
    const input = within(box).getByLabelText('Email');
    await user.click(input);
    await user.tab();
    expect(input).not.toHaveAttribute('aria-invalid');

    await user.type(input, 'half@');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/like name@example.com/);

    await user.type(input, 'example.com');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(/^We send one email a month/);
  });

  it('greets an address already on the list kindly, not as an error', async () => {
    const { user } = renderBox();
    const box = await subscribeWith(user, 'already@example.com');
    const note = await within(box).findByText('You’re already subscribed with already@example.com — nothing more to do.');
    expect(note).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('You have Successfully Subscribed!')).toBeNull();
    expect(db.subscribers.size).toBe(1);
  });

  it('keeps the address through a server failure and subscribes on retry', async () => {
    server.use(http.post(route, () => wpError(500, 'internal_server_error', 'The list is being rebuilt.')));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'patient@example.com');
    expect(await within(box).findByRole('alert')).toHaveTextContent(
      'We could not subscribe you just now. The news server had a problem (error 500). Please try again. Your address is still here.',
    );
    expect(within(box).getByLabelText('Email')).toHaveValue('patient@example.com');
    expect(within(box).getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(db.subscribers.has('patient@example.com')).toBe(false);

    server.resetHandlers();
    await user.click(within(box).getByRole('button', { name: 'Try again' }));
    expect(await within(box).findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    expect(db.subscribers.has('patient@example.com')).toBe(true);
  });

  it('explains a network failure and offers to try again', async () => {
    server.use(http.post(route, () => HttpResponse.error()));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'offline@example.com');
    expect(await within(box).findByRole('alert')).toHaveTextContent('We could not reach the news server.');
    expect(within(box).getByRole('button', { name: 'Try again' })).toHaveFocus();
  });

  it('explains a malformed answer', async () => {
    server.use(http.post(route, () => HttpResponse.json({ ok: true }, { status: 201 })));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'odd@example.com');
    expect(await within(box).findByRole('alert')).toHaveTextContent('an answer we could not read');
    expect(screen.queryByText('You have Successfully Subscribed!')).toBeNull();
  });

  it('shows an address the server turns down at the field', async () => {
    server.use(http.post(route, () => wpError(400, 'invalid_email', 'That domain does not take mail.')));
    const { user } = renderBox();
    const box = await subscribeWith(user, 'someone@example.invalid');
    const input = within(box).getByLabelText('Email');
    await vi.waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(/^That domain does not take mail\./);
    expect(input).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();

    await user.clear(input);
    await user.type(input, 'someone@example.com');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('sends once however often the reader presses Subscribe or Enter', async () => {
    const { bodies, release } = watchSubscriptions({ hold: true });
    const { user } = renderBox();
    const box = await subscribeWith(user, 'quick@example.com');
    const button = within(box).getByRole('button', { name: 'Subscribing…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.dblClick(button);
    await user.type(within(box).getByLabelText('Email'), '{Enter}{Enter}');
    release();
    expect(await within(box).findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
  });

  it('sends sign-ups to the endpoint the site configuration names', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get('*/site-config.json', () => HttpResponse.json({ siteName: 'Harbour Weekly', newsletter: { endpoint: '/lists/join' } })),
      http.post(`${window.location.origin}/lists/join`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ email: 'crew@example.com', status: 'subscribed' }, { status: 201 });
      }),
    );
    const { user } = renderBox();
    const box = await subscribeWith(user, 'crew@example.com');
    expect(box).not.toHaveTextContent('EMAC News');
    expect(await within(box).findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    expect(bodies).toEqual([{ email: 'crew@example.com' }]);
    expect(db.subscribers.has('crew@example.com')).toBe(false);
  });
});
