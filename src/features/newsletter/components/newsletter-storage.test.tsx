import { screen, within } from '@testing-library/react';
import { renderBox } from '../../../../test/newsletter-box';

describe('newsletter box and what the device remembers', () => {
  it.each([
    ['a 2 MB value', 'x'.repeat(2_000_000)],
    ['a value that is not an address', '<img src=x onerror=alert(1)>'],
    ['corrupt JSON', '{"email":'],
  ])('ignores %s stored as the subscriber, and offers the form', async (_label, stored) => {
    localStorage.setItem('newsletter-subscriber', stored);
    renderBox();
    const box = await screen.findByRole('region', { name: /^Subscribe To Our Newsletter/ });
    expect(within(box).getByLabelText('Email')).toBeInTheDocument();
    expect(box).not.toHaveTextContent('xxxx');
    expect(box).not.toHaveTextContent('onerror');
    expect(localStorage.getItem('newsletter-subscriber')).toBeNull();
  });

  it('still knows a subscriber stored by an earlier version as plain text', async () => {
    localStorage.setItem('newsletter-subscriber', 'loyal@example.com');
    renderBox();
    const box = await screen.findByRole('region', { name: /^Subscribe To Our Newsletter/ });
    expect(await within(box).findByText(/loyal@example\.com/)).toBeInTheDocument();
    expect(box).toHaveTextContent('You’re subscribed to updates from EMAC News as loyal@example.com.');
  });

  it('refuses an address with an empty domain label before sending it', async () => {
    const { user } = renderBox();
    const box = await screen.findByRole('region', { name: /^Subscribe To Our Newsletter/ });
    await user.type(within(box).getByLabelText('Email'), 'a@b..com');
    await user.click(within(box).getByRole('button', { name: 'Subscribe' }));
    expect(within(box).getByLabelText('Email')).toHaveAccessibleDescription(/Please enter an email address like name@example.com\./);
  });
});
