import { createSeed } from '@/mocks/seed/create-seed';
import { contactTeams, referenceSlug, referenceTitle } from '../reference-page';
import { failedResponse, hydrated, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe.each(['desktop', 'phone'] as const)('on %s', (viewport) => {
  it('opens the contact panel, lists the nine teams and the call to action, and closes with Escape', async () => {
    const { context, page } = await openPage(browser(), `/news/${referenceSlug}`, { viewport });
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The button is prerendered and does nothing until hydrated (it has no text: its name is its label).
    await hydrated(page, 'button[aria-label^="Chat with us on WhatsApp"]', '');
    const button = page.getByRole('button', { name: /Chat with us on WhatsApp/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Sales Team' });
    await dialog.waitFor();
    for (const team of contactTeams) expect(await dialog.getByText(team, { exact: true }).count()).toBe(1);
    const cta = dialog.getByRole('link', { name: 'Contact EMAC Now!' });
    expect(await cta.isVisible()).toBe(true);

    // Following a chat link opens WhatsApp with the number and a message quoting this article.
    const seaMac = dialog.getByRole('link', { name: /^Marine Service - SeaMac\b/ });
    const href = (await seaMac.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/862012345678');
    expect(url.searchParams.get('text')).toContain(`“${referenceTitle}”`);
    expect(url.searchParams.get('text')).toContain(page.url());
    expect(await seaMac.getAttribute('target')).toBe('_blank');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await context.close();
  });

  it('subscribes to the newsletter, and explains an address already on the list', async () => {
    const { context, page } = await openPage(browser(), '/', {
      viewport,
      expected: [failedResponse(409, '/wp-json/newsletter/v1/subscribers', 'the list answers 409 for an address it already has, which the test subscribes on purpose')],
    });
    const box = page.getByRole('contentinfo').getByRole('region', { name: 'Subscribe To Our Newsletter' });
    // The box is prerendered: its button does nothing until its code has arrived.
    await hydrated(page, 'footer button', 'Subscribe');
    await box.getByLabel('Email').fill('someone@example.com');
    await box.getByRole('button', { name: 'Subscribe' }).click();
    await box.getByText('You have Successfully Subscribed!').waitFor();
    // The device remembers the subscriber: not asked again, but free to add another address.
    await page.reload();
    const again = page.getByRole('contentinfo').getByRole('region', { name: 'Subscribe To Our Newsletter' });
    await again.getByText(/subscribed to updates from EMAC News as someone@example.com/).waitFor();
    await again.getByRole('button', { name: 'Subscribe another address' }).click();
    await again.getByLabel('Email').fill('already@example.com');
    await again.getByRole('button', { name: 'Subscribe' }).click();
    await again.getByText(/already subscribed with already@example.com/).waitFor();
    await context.close();
  });

  it('posts a returning reader’s comment on an article', async () => {
    // WordPress publishes at once the comments of someone with an approved comment (same name and email).
    const returning = createSeed().comments.find((comment) => comment.status === 'approved' && comment.author_name !== 'EMAC Service Desk')!;
    const { context, page } = await openPage(browser(), '/news/a-field-guide-to-pump-cavitation', { viewport });
    await hydrated(page, 'button', 'Leave a comment');
    await page.getByRole('button', { name: 'Leave a comment' }).click();
    const form = page.getByRole('form', { name: 'Leave a comment' });
    await form.getByLabel('Name').fill(returning.author_name);
    await form.getByLabel('Email').fill(returning.author_email);
    await form.getByLabel('Comment').fill('Seen in a real browser.');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.getByText('Your comment was posted.').waitFor();
    await page.getByRole('article', { name: `Comment by ${returning.author_name}` }).waitFor();
    await context.close();
  });
});
