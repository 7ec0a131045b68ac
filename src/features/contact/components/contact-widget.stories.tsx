import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, within } from 'storybook/test';
import siteConfig from '../../../../public/site-config.json';
import { ContactWidget } from './contact-widget';

type Hours = Record<string, [string, string][]>;
const allWeek = (ranges: [string, string][]): Hours => Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, ranges]));

/** The shipped configuration with every agent's hours replaced, so a state does not depend on when the story is opened. */
function configWith(hours: Hours, change: (contact: typeof siteConfig.contact) => void = () => undefined) {
  const config = structuredClone(siteConfig);
  for (const agent of config.contact.agents) Object.assign(agent, { hours });
  change(config.contact);
  return [http.get('*/site-config.json', () => HttpResponse.json(config))];
}

const alwaysOpen = configWith(allWeek([['00:00', '24:00']]));

/**
 * Hours on one day only, three days from now: no agent's time zone (UTC−12 to +14) can be in them
 * when the story is opened, whatever the day and hour (a fixed Monday failed on Mondays).
 */
const laterDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(Date.now() + 3 * 86_400_000).getUTCDay()]!;
const onlyLater: Hours = { [laterDay]: [['09:00', '17:00']] };

async function open(canvasElement: HTMLElement) {
  const button = await within(canvasElement).findByRole('button', { name: /Chat with us on WhatsApp/ });
  await userEvent.click(button);
  return within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'Sales Team' });
}

const meta = {
  title: 'Contact/ContactWidget',
  component: ContactWidget,
  parameters: { layout: 'fullscreen', covers: ['contact-panel', 'contact-entry', 'contact-widget'], msw: { handlers: alwaysOpen } },
  beforeEach: () => localStorage.removeItem('contact-greeting-dismissed'),
  decorators: [
    (Story) => (
      <div style={{ minHeight: '640px' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ContactWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button alone: no greeting configured, the panel not open. */
export const Closed: Story = {
  parameters: { msw: { handlers: configWith(allWeek([['00:00', '24:00']]), (contact) => Object.assign(contact, { greeting: null })) } },
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: /Chat with us on WhatsApp/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull();
    await expect(within(canvasElement).queryByRole('status')).toBeNull();
  },
};

export const WithGreeting: Story = {
  parameters: { msw: { handlers: configWith(allWeek([['00:00', '24:00']]), (contact) => Object.assign(contact, { greeting: { text: contact.greeting.text, delaySeconds: 0 } })) } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Questions about service or parts/)).toBeVisible();
  },
};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(within(dialog).getAllByRole('link')).toHaveLength(10);
    await expect(within(dialog).getByRole('link', { name: 'Contact EMAC Now!' })).toBeVisible();
  },
};

export const EveryoneOffline: Story = {
  parameters: { msw: { handlers: configWith(onlyLater) } },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(within(dialog).getAllByText(/^Offline · back \S+/).length).toBe(9);
  },
};

export const OfflineNotClickable: Story = {
  parameters: { msw: { handlers: configWith(onlyLater, (contact) => Object.assign(contact, { offlineClickable: false })) } },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(within(dialog).queryAllByRole('link')).toHaveLength(0);
  },
};

export const BrokenEntry: Story = {
  parameters: {
    expectedConsole: [{ pattern: /^Contact entry ".*" is unavailable/, reason: 'the story’s broken entry is reported to the site owner on purpose' }],
    msw: { handlers: configWith(allWeek([['00:00', '24:00']]), (contact) => Object.assign(contact.agents[1]!, { phone: 'ask at reception' })) },
  },
  play: async ({ canvasElement }) => {
    const dialog = await open(canvasElement);
    await expect(within(dialog).getByText('Unavailable')).toBeVisible();
  },
};

export const OnAPhone: Story = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
  },
};

export const InDarkMode: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await open(canvasElement);
  },
};

export const OnTheLeft: Story = {
  parameters: { msw: { handlers: configWith(allWeek([['00:00', '24:00']]), (contact) => Object.assign(contact, { position: 'left' })) } },
  play: async ({ canvasElement }) => {
    const button = await within(canvasElement).findByRole('button', { name: /Chat with us on WhatsApp/ });
    // The configured side is the widget's class (CSS modules keep the name inside the generated one).
    await expect(button.parentElement!.className).toMatch(/left/);
    await expect(button.parentElement!.className).not.toMatch(/right/);
    // The panel opens on the same side, anchored to the bottom left corner.
    const dialog = await open(canvasElement);
    await expect(dialog.className).toMatch(/left/);
  },
};
