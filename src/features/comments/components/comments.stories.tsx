import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { db } from '@/mocks/db';
import { scenarioHandlers } from '@/mocks/scenarios';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { CommentsSection } from './comments-section';

/** Comments on seeded posts: 1101 has threaded replies, 1042 (the reference article) has none, 1115 has comments closed. */
const meta = {
  title: 'Comments/CommentsSection',
  component: CommentsSection,
  parameters: { covers: ['comment-form', 'comment-item', 'comment-thread', 'comments-section', 'comment-pages-nav'] },
  args: { postId: 1101, postTitle: 'A seeded article', commentsOpen: true },
} satisfies Meta<typeof CommentsSection>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The form is folded until the reader starts a comment. */
async function openForm(canvasElement: HTMLElement) {
  await userEvent.click(await within(canvasElement).findByRole('button', { name: 'Leave a comment' }));
  return within(canvasElement).getByRole('form', { name: 'Leave a comment' });
}

async function writeComment(canvasElement: HTMLElement, text = 'Looking forward to the next report.') {
  const form = await openForm(canvasElement);
  await userEvent.type(within(form).getByLabelText('Name'), 'Ada Lovelace');
  await userEvent.type(within(form).getByLabelText('Email'), 'ada@example.com');
  await userEvent.type(within(form).getByLabelText('Comment'), text);
  await userEvent.click(within(form).getByRole('button', { name: 'Post comment' }));
  return form;
}

export const ThreadedReplies: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { level: 2, name: /^\d+ comments/ })).toBeVisible();
  },
};

/**
 * A thread longer than a page (the demo site-config.json pages 5 top-level comments at a time, newest
 * page first) with a reply chain deeper than its 5 levels: the older page holds the chain.
 */
export const PagedDeepThread: Story = {
  args: { postId: discussionPostId, postTitle: 'Hydrogen-Ready Generators: Your Questions, Our Answers' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pages = await canvas.findByRole('navigation', { name: 'Comment pages' });
    await expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await userEvent.click(within(pages).getByRole('button', { name: /Older comments/ }));
    await expect(await canvas.findByRole('list', { name: 'Comments, page 1 of 2' })).toHaveFocus();
  },
};

export const NoComments: Story = {
  args: { postId: 1042 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 2, name: /^No comments yet/ })).toBeVisible();
    await expect(canvas.queryByRole('article')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Leave a comment' })).toBeVisible();
  },
};

/** The reader started a comment: the form unfolds with focus in its first empty field. */
export const Writing: Story = {
  args: { postId: 1042 },
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    await expect(within(form).getByLabelText('Name')).toHaveFocus();
  },
};

export const ClosedForComments: Story = {
  args: { postId: 1115, commentsOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Comments are closed for this article.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Leave a comment' })).toBeNull();
    await expect(canvas.queryByRole('form')).toBeNull();
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/wp-json/wp/v2/comments', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading comments…')).toBeInTheDocument();
  },
};

export const Posted: Story = {
  args: { postId: 1042 },
  parameters: {
    msw: {
      handlers: [
        // A site that publishes a new reader's comment at once (WordPress holds a first comment by default).
        http.post('*/wp-json/wp/v2/comments', () => {
          db.settings.commentPreviouslyApproved = false;
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await writeComment(canvasElement);
    await expect(await within(canvasElement).findByText('Your comment was posted.')).toBeVisible();
  },
};

export const Posting: Story = {
  args: { postId: 1042 },
  parameters: { msw: { handlers: [http.post('*/wp-json/wp/v2/comments', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const form = await writeComment(canvasElement);
    await expect(await within(form).findByRole('button', { name: 'Posting…' })).toBeDisabled();
  },
};

export const AwaitingModeration: Story = {
  args: { postId: 1042 },
  parameters: {
    msw: {
      handlers: [
        // Switch the site to moderation, then let the normal handler answer.
        http.post('*/wp-json/wp/v2/comments', () => {
          db.settings.commentModeration = true;
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await writeComment(canvasElement);
    await expect(await within(canvasElement).findByText('Your comment is awaiting moderation.')).toBeVisible();
  },
};

export const RefusedWithoutLogin: Story = {
  args: { postId: 1042 },
  parameters: { msw: { handlers: scenarioHandlers('comments-refused') } },
  play: async ({ canvasElement }) => {
    const form = await writeComment(canvasElement, 'This text is kept.');
    await expect(await within(form).findByRole('alert')).toHaveTextContent('only accepts comments from signed-in users');
  },
};

export const InvalidForm: Story = {
  args: { postId: 1042 },
  play: async ({ canvasElement }) => {
    const form = await openForm(canvasElement);
    await userEvent.click(within(form).getByRole('button', { name: 'Post comment' }));
    await expect(within(form).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const FailedToLoad: Story = {
  parameters: { msw: { handlers: scenarioHandlers('offline') } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The comments could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};
