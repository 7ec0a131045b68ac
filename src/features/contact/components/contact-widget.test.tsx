import { screen, waitFor, within } from '@testing-library/react';
import { idleFor, openPanel, renderWidget, setWednesdayMorning, withContact } from '../../../../test/contact-widget';

beforeEach(setWednesdayMorning);
afterEach(() => {
  vi.useRealTimers();
});

// Escape, Tab staying inside while the page behind is inert, and light dismiss by the browser itself are the
// platform's, which jsdom lacks: test/e2e/contact-and-newsletter.e2e.ts checks them in Chromium.
describe('contact widget', () => {
  it('opens from the keyboard as a dialog with focus on the first person to write to, and the close button gives focus back', async () => {
    const { user } = renderWidget();
    const button = await screen.findByRole('button', { name: /Chat with us on WhatsApp/ });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Sales Team' });
    expect(dialog).toHaveAccessibleDescription('Chat with a specialist on WhatsApp. We usually answer within minutes during office hours.');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const first = within(within(dialog).getAllByRole('listitem')[0]!).getByRole('link');
    await waitFor(() => expect(first).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Close the chat panel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click on the dim layer around the panel, not on one inside it', async () => {
    const { user } = renderWidget();
    const dialog = await openPanel(user);
    // jsdom lays nothing out: the panel gets the box it has on a desktop, the bottom right corner of 1280 × 800.
    dialog.getBoundingClientRect = () => new DOMRect(880, 136, 384, 576);
    await user.click(within(dialog).getByRole('heading', { name: 'Sales Team' }));
    // A click on the dialog itself inside its box lands between its parts, not on the dim layer.
    await user.pointer({ keys: '[MouseLeft]', target: dialog, coords: { clientX: 1000, clientY: 700 } });
    expect(screen.getByRole('dialog', { name: 'Sales Team' })).toBe(dialog);
    await user.pointer({ keys: '[MouseLeft]', target: dialog, coords: { clientX: 400, clientY: 300 } });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: /Chat with us on WhatsApp/ })).toHaveFocus();
  });

  it('greets after the configured delay, and remembers a dismissal', async () => {
    const { user, unmount } = renderWidget();
    await screen.findByRole('button', { name: /Chat with us on WhatsApp/ });
    expect(screen.queryByText(/Questions about service or parts/)).toBeNull();
    await idleFor(8_000);
    expect(await screen.findByText(/Questions about service or parts/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss the chat greeting' }));
    expect(screen.queryByText(/Questions about service or parts/)).toBeNull();
    unmount();
    renderWidget();
    await screen.findByRole('button', { name: /Chat with us on WhatsApp/ });
    await idleFor(10_000);
    expect(screen.queryByText(/Questions about service or parts/)).toBeNull();
  });

  it('stays off the routes the configuration names', async () => {
    withContact((contact) => {
      Object.assign(contact, { hiddenOn: ['/search'] });
    });
    renderWidget('/search');
    await waitFor(() => expect(document.querySelector('[aria-label^="Chat with us"]')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: /Chat with us/ })).toBeNull();
  });

  it('shows no button when the configuration lists no one to chat with', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    withContact((contact) => {
      contact.agents = [];
    });
    renderWidget();
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('no agents')));
    expect(screen.queryByRole('button', { name: /Chat with us/ })).toBeNull();
  });
});
