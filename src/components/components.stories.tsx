import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button } from './button';
import { HeadlineText } from './headline-text';
import { Pagination } from './pagination';
import { QuietNotice } from './quiet-notice';
import { Skeleton } from './skeleton';
import { StatusMessage } from './status-message';

/** Building blocks with no news logic. */
const meta = {
  title: 'Components/Basics',
  component: Button,
  // The slow-server notice shows inside the list and article skeletons after 8 s of waiting.
  parameters: { covers: ['button', 'headline-text', 'pagination', 'skeleton', 'status-message', 'slow-notice', 'quiet-notice'] },
  args: { children: 'Try again', variant: 'primary', busy: false, disabled: false },
  argTypes: { variant: { control: 'inline-radio', options: ['primary', 'secondary', 'ghost'] } },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PrimaryButton: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const SecondaryButton: Story = {
  args: { variant: 'secondary', children: 'Cancel' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  },
};

export const BusyButton: Story = {
  args: { busy: true, disabled: true, children: 'Posting…' },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Posting…' });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toBeDisabled();
  },
};

export const PaginationFirstPage: Story = {
  render: () => <Pagination page={1} totalPages={5} hrefFor={(page) => `/?page=${page}`} />,
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).queryByRole('link', { name: 'Previous page' })).toBeNull();
  },
};

export const PaginationMiddle: Story = {
  render: () => <Pagination page={6} totalPages={12} hrefFor={(page) => `/?page=${page}`} />,
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(within(nav).getByRole('link', { name: 'Page 6' })).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/?page=5');
    await expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/?page=7');
    await expect(within(nav).getByRole('link', { name: 'Page 12' })).toBeVisible();
  },
};

export const PaginationLastPage: Story = {
  render: () => <Pagination page={5} totalPages={5} hrefFor={(page) => `/?page=${page}`} />,
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(within(nav).getByRole('link', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page');
    await expect(within(nav).queryByRole('link', { name: 'Next page' })).toBeNull();
  },
};

/** A site whose proxy strips the page count: steps to newer and older articles only. */
export const PaginationWithoutPageCount: Story = {
  render: () => <Pagination page={2} totalPages={0} hasMore hrefFor={(page) => `/?page=${page}`} />,
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation');
    await expect(within(nav).getByRole('link', { name: /Newer articles/ })).toHaveAttribute('href', '/?page=1');
    await expect(within(nav).getByRole('link', { name: /Older articles/ })).toHaveAttribute('href', '/?page=3');
  },
};

export const Skeletons: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem', maxWidth: '30rem' }}>
      <Skeleton height="1.6em" width="80%" />
      <Skeleton />
      <Skeleton width="60%" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    // Placeholders only: nothing for a screen reader to read out.
    await expect(canvasElement.textContent).toBe('');
    await expect(canvasElement.querySelectorAll('[aria-hidden="true"]')).toHaveLength(3);
  },
};

export const ErrorMessage: Story = {
  render: () => (
    <StatusMessage tone="error" title="The articles could not be loaded" actions={<Button>Try again</Button>}>
      <p>We could not reach the news server. Your connection may have dropped, or the server may be down. Please try again in a moment.</p>
    </StatusMessage>
  ),
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('heading', { name: 'The articles could not be loaded' })).toBeVisible();
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const EmptyMessage: Story = {
  render: () => (
    <StatusMessage tone="empty" title="No articles here yet">
      <p>Nothing has been published yet. Please come back soon.</p>
    </StatusMessage>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'No articles here yet' })).toBeVisible();
    // Calm, not alarming: an empty site is not an error.
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** A narrow headline: "24-Hour" moves to the next line whole instead of breaking after its hyphen. */
export const HeadlineOnANarrowScreen: Story = {
  render: () => (
    <h2 style={{ width: '11.5rem', margin: 0, fontSize: '1.5rem' }}>
      <HeadlineText text="SeaMac Opens a 24-Hour Marine Service Desk in Singapore" />
    </h2>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('24-Hour')).toBeVisible();
  },
};

/** Beside content that stays on screen when bringing it up to date failed (a thread read live, a view with live refresh). */
export const QuietNoticeBesideContent: Story = {
  render: () => (
    <div>
      <QuietNotice>Newer comments could not be loaded just now. These are the comments as they were last read; the thread is checked again shortly.</QuietNotice>
      <p>The content it is about stays readable under it.</p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Newer comments could not be loaded just now.');
    await expect(within(canvasElement).getByText('The content it is about stays readable under it.')).toBeVisible();
  },
};
