import { createSeed } from '@/mocks/seed/create-seed';
import { contactTeams, referenceSlug, referenceTitle } from '../reference-page';
import { failedResponse, hydrated, live, openPage, sharedBrowser, type ViewportName } from './browser';

const browser = sharedBrowser();

/** The reference article with the contact panel open. */
async function openPanel(viewport: ViewportName) {
  const { context, page } = await openPage(browser(), `/news/${referenceSlug}`, { viewport });
  await hydrated(page, 'button[aria-label^="Chat with us on WhatsApp"]', '');
  await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
  await page.getByRole('dialog', { name: 'Sales Team' }).getByRole('listitem').first().getByRole('link').waitFor();
  return { context, page };
}

/** Where focus is: which of the panel's controls, the page behind it, or nowhere in the page. */
function focusStop(): string {
  const active = document.activeElement;
  if (!active || active === document.body) return 'outside the page';
  const dialog = active.closest('dialog');
  if (!dialog) return `page: ${active.outerHTML.slice(0, 80)}`;
  return `panel: ${[...dialog.querySelectorAll('a[href], button')].indexOf(active)}`;
}

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
    // Focus starts on the first person to write to, not on the close button.
    expect(await dialog.getByRole('listitem').first().getByRole('link').evaluate((element) => element === document.activeElement)).toBe(true);
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

  it('keeps Tab and Shift+Tab in the open panel: the page behind is inert', async () => {
    const { context, page } = await openPanel(viewport);
    const dialog = page.getByRole('dialog', { name: 'Sales Team' });
    const controls = await dialog.evaluate((element) => element.querySelectorAll('a[href], button').length);
    expect(controls).toBe(11);
    for (const key of ['Tab', 'Shift+Tab']) {
      const stops: string[] = [];
      for (let step = 0; step < 2 * controls + 2; step += 1) {
        await page.keyboard.press(key);
        stops.push(await page.evaluate(focusStop));
      }
      // Past the last control Chromium hands focus to its own UI (the address bar; in a headless browser the body).
      expect(stops.filter((stop) => stop.startsWith('page')), key).toEqual([]);
      expect(new Set(stops.filter((stop) => stop.startsWith('panel'))).size, key).toBe(controls);
    }
    await context.close();
  });

  it.each([
    ['as shipped (closedby="any" and the page’s own handlers)', false],
    ['where the browser does not know closedby (the page’s own handlers alone)', true],
  ])('closes on a click on the dim layer, not on a click or a drag in the panel, %s', async (_, withoutClosedBy) => {
    const { context, page } = await openPanel(viewport);
    const dialog = page.getByRole('dialog', { name: 'Sales Team' });
    if (withoutClosedBy) await dialog.evaluate((element) => element.removeAttribute('closedby'));
    const heading = dialog.getByRole('heading', { name: 'Sales Team' });
    await heading.click();
    // Between the list and the call to action: the dialog element itself, inside its box.
    const list = (await dialog.getByRole('list').boundingBox())!;
    await page.mouse.click(list.x + list.width / 2, list.y + list.height + 4);
    // A text selection dragged from the panel out over the dim layer.
    const title = (await heading.boundingBox())!;
    await page.mouse.move(title.x + 2, title.y + title.height / 2);
    await page.mouse.down();
    await page.mouse.move(10, 10, { steps: 4 });
    await page.mouse.up();
    expect(await dialog.isVisible()).toBe(true);

    await page.mouse.click(10, 10);
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Chat with us on WhatsApp/);
    // Closed, it covers nothing: the page takes clicks again.
    await page.getByRole('heading', { level: 1 }).click({ trial: true, timeout: 2_000 });
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
    // What the device remembers is read by the app, which a prerendered page starts once the reader moves.
    await live(page);
    const again = page.getByRole('contentinfo').getByRole('region', { name: 'Subscribe To Our Newsletter' });
    await again.getByText(/subscribed to updates from EMAC News as someone@example.com/).waitFor();
    await again.getByRole('button', { name: 'Subscribe another address' }).click();
    await again.getByLabel('Email').fill('already@example.com');
    await again.getByRole('button', { name: 'Subscribe' }).click();
    await again.getByText(/already subscribed with already@example.com/).waitFor();
    await context.close();
  });

  it('answers a press of Subscribe with an unfinished address at the field', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport });
    const box = page.getByRole('contentinfo').getByRole('region', { name: 'Subscribe To Our Newsletter' });
    await hydrated(page, 'footer button', 'Subscribe');
    const field = box.getByLabel('Email');
    await field.fill('half@');
    // The press leaves the field first: the message it may bring must not move the button from under the pointer.
    const button = box.getByRole('button', { name: 'Subscribe' });
    if (viewport === 'phone') await button.tap();
    else await button.click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getByText('Please enter an email address like name@example.com.').isVisible()).toBe(true);
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
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
