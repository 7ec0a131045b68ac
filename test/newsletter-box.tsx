import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { NewsletterBox } from '@/features/newsletter/components/newsletter-box';
import { renderWithProviders } from './render-app';

/** The newsletter API route of the mock, for `server.use(...)`. */
export const subscribersRoute = '*/wp-json/newsletter/v1/subscribers';
export const boxName = 'Subscribe To Our Newsletter';

export function renderBox() {
  return renderWithProviders(<NewsletterBox />);
}

export async function subscribeWith(user: ReturnType<typeof userEvent.setup>, email: string) {
  const box = await screen.findByRole('region', { name: /^Subscribe To Our Newsletter/ });
  await user.type(within(box).getByLabelText('Email'), email);
  await user.click(within(box).getByRole('button', { name: 'Subscribe' }));
  return box;
}
