import { screen, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app';

describe('social icons in an article (core/social-links)', () => {
  it('shows each as a link named for screen readers, its icon drawn and hidden from them, opening a new tab as the editor set', async () => {
    renderApp('/news/rotterdam-workshop-block-by-block');
    await screen.findByRole('heading', { level: 1, name: /Rotterdam Workshop/ });
    const list = document.querySelector('.wp-block-social-links');
    expect(list).not.toBeNull();
    const links = within(list as HTMLElement).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['LinkedIn', 'https://www.linkedin.com/company/emac-service-example'],
      ['YouTube', 'https://www.youtube.com/@emac-service-example'],
      // The editor's own label; an address without a scheme is an email address to WordPress.
      ['Email the workshop', 'mailto:workshop@example.com'],
      ['RSS Feed', 'https://news.example.com/feed/'],
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toMatch(/noopener/);
      const icon = link.querySelector('svg');
      expect(icon).toHaveAttribute('aria-hidden', 'true');
      expect(icon?.querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
      // The name is WordPress's screen-reader text, which the reader's stylesheet hides from sight only.
      expect(link.querySelector('.screen-reader-text')).toHaveTextContent(link.textContent!);
    }
  });
});
