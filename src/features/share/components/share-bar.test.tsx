import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../../test/render-app';
import { ShareBar } from './share-bar';

const article = { url: 'https://news.example.com/news/a-story?x=1&y=2', title: 'Q&A #3? 50% 🚢', imageUrl: 'https://news.example.com/media/a.jpg' };

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('share bar', () => {
  it('offers Pin It and WhatsApp in the row and the other services behind More, each with an encoded link that opens safely', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareBar {...article} />);
    expect(screen.getByRole('link', { name: 'Share on WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/?text=Q%26A%20%233%3F%2050%25%20%F0%9F%9A%A2%20https%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2',
    );
    expect(screen.queryByRole('link', { name: 'Share on Facebook' })).toBeNull();
    const more = screen.getByRole('button', { name: 'More ways to share' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const pin = screen.getByRole('link', { name: 'Pin It on Pinterest' });
    // Written out by hand: `&`, `?`, `#`, `%` and the emoji each encoded once, spaces as %20.
    expect(pin).toHaveAttribute(
      'href',
      'https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2&media=https%3A%2F%2Fnews.example.com%2Fmedia%2Fa.jpg&description=Q%26A%20%233%3F%2050%25%20%F0%9F%9A%A2',
    );
    expect(pin).toHaveAttribute('target', '_blank');
    expect(pin).toHaveAttribute('rel', 'noopener noreferrer');
    for (const [name, href] of [
      ['Share on Facebook', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2'],
      ['Share on X', 'https://x.com/intent/post?url=https%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2&text=Q%26A%20%233%3F%2050%25%20%F0%9F%9A%A2'],
      ['Share on LinkedIn', 'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2'],
      ['Share by email', 'mailto:?subject=Q%26A%20%233%3F%2050%25%20%F0%9F%9A%A2&body=Q%26A%20%233%3F%2050%25%20%F0%9F%9A%A2%0A%0Ahttps%3A%2F%2Fnews.example.com%2Fnews%2Fa-story%3Fx%3D1%26y%3D2'],
    ] as const) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareBar {...article} />);
    await user.click(screen.getByRole('button', { name: 'More ways to share' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(article.url);
  });

  it('shows the link to copy by hand where the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ShareBar {...article} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'More ways to share' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByLabelText(/Select the link and copy it/)).toHaveValue(article.url);
  });

  it('offers the device’s share sheet only where there is one', async () => {
    const { unmount } = renderWithProviders(<ShareBar {...article} />);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    unmount();
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    const user = userEvent.setup();
    renderWithProviders(<ShareBar {...article} />);
    const row = screen.getAllByRole('list')[0]!;
    // The device's share sheet comes first in the row.
    expect(row.querySelector('li')).toHaveTextContent('Share');
    await user.click(screen.getByRole('button', { name: 'Share…' }));
    expect(shared).toEqual([{ title: article.title, url: article.url }]);
  });
});
