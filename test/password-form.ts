import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Types a wrong password into a protected post's or page's form and checks
 * what a reader sees: WordPress's refusal said plainly, the text kept in the
 * field and marked invalid. Returns the field, for the right password next.
 */
export async function tryWrongPassword(user: UserEvent, wrong = 'guess'): Promise<HTMLElement> {
  const field = await screen.findByLabelText('Password', {}, { timeout: 5000 });
  await user.type(field, wrong);
  await user.click(screen.getByRole('button', { name: 'Unlock' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('That password is not right.');
  expect(field).toHaveValue(wrong);
  expect(field).toHaveAttribute('aria-invalid', 'true');
  return field;
}
