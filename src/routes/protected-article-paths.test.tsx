import { screen } from '@testing-library/react';
import { db } from '@/mocks/db';
import { renderApp } from '../../test/render-app';

/**
 * Issue 24 reported a protected post showing "its title and nothing else" on
 * a site with broad test content. A direct load shows the form; these are the
 * other ways into such a post, each of which must show it too.
 */
const locked = () => db.posts.find((post) => post.password)!;
const title = 'Meet Us at the Marine Expo in Shanghai';

async function expectPasswordForm() {
  expect(await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15000 })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'This article is protected' })).toBeInTheDocument();
  expect(screen.getByLabelText('Password')).toBeInTheDocument();
}

describe('a password-protected post, reached from a list', () => {
  it('shows its password form when it is sticky and opened from the home list, whose data stands in for it', async () => {
    locked().sticky = true;
    const { user } = renderApp('/');
    const card = await screen.findByRole('link', { name: title }, { timeout: 15000 });
    await user.hover(card);
    await user.click(card);
    await expectPasswordForm();
  });

  it('shows it from its category’s list, and again after a wrong password, a trip away and back', async () => {
    const { user } = renderApp('/category/global-onsite-activity');
    await user.click(await screen.findByRole('link', { name: title }, { timeout: 15000 }));
    await expectPasswordForm();
    await user.type(screen.getByLabelText('Password'), 'guess');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('alert');
    await user.click(screen.getAllByRole('link', { name: 'Global Onsite Activity' })[0]!);
    await user.click(await screen.findByRole('link', { name: title }, { timeout: 15000 }));
    await expectPasswordForm();
  });
});
