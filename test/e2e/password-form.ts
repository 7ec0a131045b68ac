import type { Locator, Page } from 'playwright-core';

/**
 * Types a wrong password into a protected post's or page's form: the refusal
 * is said, and the text stays in the field. Returns the field, for the right password next.
 */
export async function tryWrongPassword(page: Page, wrong = 'guess'): Promise<Locator> {
  const field = page.getByLabel('Password');
  await field.fill(wrong);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').filter({ hasText: 'That password is not right.' }).waitFor();
  expect(await field.inputValue()).toBe(wrong);
  return field;
}
