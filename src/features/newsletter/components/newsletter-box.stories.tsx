import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import { scenarioHandlers } from '@/mocks/scenarios';
import { NewsletterBox } from './newsletter-box';

const meta = {
  title: 'Newsletter/NewsletterBox',
  component: NewsletterBox,
  parameters: { covers: ['newsletter-form'] },
  beforeEach: () => {
    localStorage.removeItem('newsletter-subscriber');
  },
} satisfies Meta<typeof NewsletterBox>;

export default meta;
type Story = StoryObj<typeof meta>;

async function subscribe(canvasElement: HTMLElement, email: string) {
  const box = await within(canvasElement).findByRole('region', { name: /^Subscribe To Our Newsletter/ });
  await userEvent.type(within(box).getByLabelText('Email'), email);
  await userEvent.click(within(box).getByRole('button', { name: 'Subscribe' }));
  return box;
}

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const box = await within(canvasElement).findByRole('region', { name: /^Subscribe To Our Newsletter/ });
    await expect(within(box).getByLabelText('Email')).toHaveValue('');
    await expect(within(box).getByRole('button', { name: 'Subscribe' })).toBeEnabled();
    await expect(within(box).queryByRole('alert')).toBeNull();
  },
};

export const InvalidAddress: Story = {
  play: async ({ canvasElement }) => {
    const box = await subscribe(canvasElement, 'not-an-address');
    await expect(within(box).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Success: Story = {
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'new.reader@example.com');
    await expect(await within(canvasElement).findByText('You have Successfully Subscribed!')).toBeVisible();
  },
};

export const AlreadySubscribed: Story = {
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'already@example.com');
    await expect(await within(canvasElement).findByText(/already subscribed/)).toBeVisible();
  },
};

export const Failed: Story = {
  parameters: { msw: { handlers: scenarioHandlers('newsletter-down') } },
  play: async ({ canvasElement }) => {
    const box = await subscribe(canvasElement, 'later@example.com');
    await expect(await within(box).findByRole('alert')).toBeVisible();
    await expect(within(box).getByLabelText('Email')).toHaveValue('later@example.com');
  },
};

/** A list with double opt-in answers `pending`: the reader still has to confirm. */
export const AwaitingConfirmation: Story = {
  parameters: {
    msw: {
      handlers: [http.post('*/wp-json/newsletter/v1/subscribers', () => HttpResponse.json({ email: 'careful@example.com', status: 'pending' }, { status: 201 }))],
    },
  },
  play: async ({ canvasElement }) => {
    await subscribe(canvasElement, 'careful@example.com');
    await expect(await within(canvasElement).findByText(/we sent a confirmation link to careful@example.com/)).toBeVisible();
  },
};

/** A reader this device knows is on the list: the footer says so instead of asking again. */
export const KnownSubscriber: Story = {
  beforeEach: () => {
    localStorage.setItem('newsletter-subscriber', 'loyal@example.com');
    return () => localStorage.removeItem('newsletter-subscriber');
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('loyal@example.com')).toBeVisible();
  },
};
