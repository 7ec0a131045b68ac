import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ShareBar } from './share-bar';
import { referenceSlug, referenceTitle } from '../../../../test/reference-page';

const meta = {
  title: 'Share/ShareBar',
  component: ShareBar,
  args: {
    url: `https://news.example.com/news/${referenceSlug}`,
    title: referenceTitle,
    imageUrl: 'https://news.example.com/media/summit-hall.jpg',
  },
} satisfies Meta<typeof ShareBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReferenceArticle: Story = {
  play: async ({ canvasElement }) => {
    const pin = within(canvasElement).getByRole('link', { name: 'Pin It on Pinterest' });
    await expect(pin.getAttribute('href')).toContain('media=https%3A%2F%2Fnews.example.com%2Fmedia%2Fsummit-hall.jpg');
  },
};

/** "More" unfolded: the other services and copying the link. */
export const MoreOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More ways to share' }));
    await expect(within(canvasElement).getByRole('link', { name: 'Share on LinkedIn' })).toBeVisible();
  },
};

/** A phone with a share sheet: it comes first in the row. */
export const WithShareSheet: Story = {
  beforeEach: () => {
    const had = 'share' in navigator;
    if (!had) Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
    return () => {
      if (!had) Reflect.deleteProperty(navigator, 'share');
    };
  },
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Share…' })).toBeVisible();
  },
};

/** Pinterest is still offered, with the page alone: it picks a picture from the page itself. */
export const WithoutImage: Story = {
  args: { imageUrl: null },
  play: async ({ canvasElement }) => {
    const pin = within(canvasElement).getByRole('link', { name: 'Pin It on Pinterest' });
    await expect(pin.getAttribute('href')).not.toContain('media=');
  },
};

export const AwkwardTitle: Story = {
  args: { title: 'Q&A #3? 50% “quotes” & émoji 🚢' },
  play: async ({ canvasElement }) => {
    const whatsapp = within(canvasElement).getByRole('link', { name: 'Share on WhatsApp' });
    await expect(new URL(whatsapp.getAttribute('href')!).searchParams.get('text')).toMatch(/^Q&A #3\? 50% “quotes” & émoji 🚢 https:/);
  },
};
