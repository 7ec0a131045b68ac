import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { boxName, renderBox, subscribeWith, subscribersRoute as route } from '../../../../test/newsletter-box';

/** What this device remembers about the reader's subscription, and how every box on the page follows it. */
describe('newsletter box, for a reader the device knows', () => {
  it('shares the subscribed state between boxes: a sign-up in one turns every other box into the known-subscriber note', async () => {
    const first = renderBox();
    const second = renderBox();
    const [box] = await screen.findAllByRole('region', { name: boxName });
    await first.user.type(within(box!).getByLabelText('Email'), 'shared@example.com');
    await first.user.click(within(box!).getByRole('button', { name: 'Subscribe' }));
    expect(await within(box!).findByText('You have Successfully Subscribed!')).toBeInTheDocument();
    const other = second.container.querySelector('section')!;
    expect(await within(other).findByText('shared@example.com')).toBeInTheDocument();
    expect(within(other).queryByLabelText('Email')).toBeNull();
  });

  it('does not ask a reader this device knows is on the list again, but lets them add another address', async () => {
    const first = renderBox();
    await subscribeWith(first.user, 'loyal@example.com');
    await screen.findByText('You have Successfully Subscribed!');
    first.unmount();

    // The next page: a box that knows the reader.
    const { user } = renderBox();
    const box = await screen.findByRole('region', { name: boxName });
    expect(box).toHaveTextContent('You’re subscribed to updates from EMAC News as loyal@example.com.');
    expect(within(box).queryByLabelText('Email')).toBeNull();
    expect(screen.getAllByRole('region')).toHaveLength(1);

    await user.click(within(box).getByRole('button', { name: 'Subscribe another address' }));
    const input = within(screen.getByRole('region', { name: boxName })).getByLabelText('Email');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
  });

  it('remembers an address found already on the list, too', async () => {
    const first = renderBox();
    await subscribeWith(first.user, 'already@example.com');
    await screen.findByText(/already subscribed/);
    first.unmount();
    renderBox();
    expect(await screen.findByRole('region', { name: boxName })).toHaveTextContent('as already@example.com');
    expect(screen.getAllByRole('region')).toHaveLength(1);
  });

  it('asks the reader to confirm when the list uses double opt-in, and asks again next time until they have', async () => {
    server.use(http.post(route, () => HttpResponse.json({ email: 'careful@example.com', status: 'pending' }, { status: 201 })));
    const first = renderBox();
    const box = await subscribeWith(first.user, 'careful@example.com');
    const note = await within(box).findByText('Almost done: we sent a confirmation link to careful@example.com. Open it to start your subscription.');
    expect(note).toHaveFocus();
    expect(screen.queryByText('You have Successfully Subscribed!')).toBeNull();
    first.unmount();
    renderBox();
    expect(within(await screen.findByRole('region', { name: boxName })).getByLabelText('Email')).toBeInTheDocument();
  });
});
