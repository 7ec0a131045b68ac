import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { PingList } from './ping-list';

/**
 * The pingbacks and trackbacks under an article (the seeded discussion post's three), as the build
 * reads them with its credentials; the mock lists them only to its build user, so they are given here.
 */
const meta = {
  title: 'Comments/PingList',
  component: PingList,
  args: {
    pings: [
      { id: 1, kind: 'pingback', title: 'Power Plant Weekly', url: 'https://power-plant-weekly.example/2021/12/hydrogen-generators-roundup/', date: '2021-12-02T16:00:00' },
      { id: 2, kind: 'pingback', title: 'Marine Engineering Notes', url: 'https://marine-notes.example/hydrogen-on-board/', date: '2021-12-02T19:00:00' },
      { id: 3, kind: 'trackback', title: 'Energy Transition Digest', url: 'https://energy-digest.example/issue-48/', date: '2021-12-02T22:00:00' },
    ],
  },
} satisfies Meta<typeof PingList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PingbacksAndTrackbacks: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('region', { name: 'Pingbacks and trackbacks (3)' });
    await expect(within(list).getAllByRole('link')).toHaveLength(3);
  },
};

/** A ping whose site sent no title, and one without a web address: named by the address, and not a link. */
export const WithoutTitleOrAddress: Story = {
  args: {
    pings: [
      { id: 4, kind: 'pingback', title: '', url: 'https://a-very-long-domain-name-of-a-citing-site.example/2021/12/an-unusually-long-path-segment-without-breaks/', date: '2021-12-03T08:00:00' },
      { id: 5, kind: 'trackback', title: 'An Offline Newsletter', url: '', date: '2021-12-04T08:00:00' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(1);
    await expect(within(canvasElement).getByText('An Offline Newsletter')).toBeVisible();
  },
};
