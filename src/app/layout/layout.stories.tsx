import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { OfflineNotice } from './offline-notice';
import { RouteError } from './route-error';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { StartingUp } from './starting-up';

/** What React and React Router log when a view throws while rendering, as the story makes one do. */
const loggedRenderError = { pattern: /A view failed while rendering/, reason: 'the story throws in a view on purpose' };

/** The site chrome. The whole layout, with content, is in the Views stories. */
const meta = {
  title: 'Layout/Site chrome',
  component: SiteHeader,
  parameters: { layout: 'fullscreen', covers: ['site-header', 'site-menu', 'menu-entries', 'site-footer', 'starting-up', 'root-layout', 'route-error', 'offline-notice'] },
} satisfies Meta<typeof SiteHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Header: Story = {
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('banner');
    await expect(await within(banner).findByRole('link', { name: 'Global Onsite Activity' })).toBeInTheDocument();
    await expect(within(banner).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  },
};

/** The site's menu on the mock WordPress: its pages, nested, then its sections; a sub-menu opens under its page. */
export const HeaderWithSubMenu: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Main' });
    await expect(await within(nav).findByRole('link', { name: 'About Us' })).toHaveAttribute('href', '/about-us');
    const history = within(nav).getByRole('link', { name: 'Our History' });
    await expect(history).not.toBeVisible();
    const toggle = nav.querySelector<HTMLElement>('summary[aria-label="Pages under About Us"]');
    if (!toggle) throw new Error('About Us has no sub-menu toggle.');
    await userEvent.click(toggle);
    await waitFor(() => expect(history).toBeVisible());
  },
};

/** The Select Page button and the popover it opens. */
async function phoneMenu(canvasElement: HTMLElement) {
  const button = await within(canvasElement).findByRole('button', { name: 'Select Page' });
  const menu = canvasElement.ownerDocument.getElementById(button.getAttribute('popovertarget') ?? '');
  if (!menu) throw new Error('The Select Page button opens no menu.');
  return { button, menu };
}

// The menu is a popover, opened by the browser, and jsdom has none: stories tagged needs-browser are
// only rendered by `npm test`, and played in Chromium by test/e2e/workshop.e2e.ts.

export const HeaderOnPhoneMenuClosed: Story = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  tags: ['needs-browser'],
  play: async ({ canvasElement }) => {
    const { button, menu } = await phoneMenu(canvasElement);
    await expect(button).toBeVisible();
    await expect(menu.matches(':popover-open')).toBe(false);
    await expect(within(menu).getByRole('navigation', { name: 'Main', hidden: true })).not.toBeVisible();
  },
};

export const HeaderOnPhoneMenuOpen: Story = {
  globals: { viewport: { value: 'phone', isRotated: false } },
  tags: ['needs-browser'],
  play: async ({ canvasElement }) => {
    const { button, menu } = await phoneMenu(canvasElement);
    await userEvent.click(button);
    await waitFor(() => expect(menu.matches(':popover-open')).toBe(true));
    await expect(within(menu).getByRole('navigation', { name: 'Main' })).toBeVisible();
  },
};

export const Footer: Story = {
  render: () => <SiteFooter />,
  play: async ({ canvasElement }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    await expect(within(footer).getByRole('link', { name: 'Latest news' })).toHaveAttribute('href', '/');
    await expect(await within(footer).findByText('EMAC News')).toBeVisible();
  },
};

export const StartingUpFrame: Story = {
  render: () => <StartingUp />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading the news…');
  },
};

function Broken(): never {
  throw new Error('A view failed while rendering.');
}

/** A view that throws: the route's error element takes its place, header and footer stay. */
function BrokenView() {
  const [router] = useState(() => createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError /> }]));
  return <RouterProvider router={router} />;
}

/** A view whose code-split module could not be downloaded, as the browser reports it. */
function MissingCodeView() {
  const [router] = useState(() =>
    createMemoryRouter([
      {
        path: '/',
        element: <p>The page</p>,
        hydrateFallbackElement: <StartingUp />,
        errorElement: <RouteError />,
        loader: () => {
          throw new TypeError('Failed to fetch dynamically imported module: /assets/category-1a2b3c.js');
        },
      },
    ]),
  );
  return <RouterProvider router={router} />;
}

/** The browser is offline until the story ends. */
function goOffline() {
  onlineManager.setOnline(false);
  return () => onlineManager.setOnline(true);
}

export const Offline: Story = {
  render: () => <OfflineNotice />,
  beforeEach: goOffline,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('You are offline.');
  },
};

export const PageCodeMissingWhileOffline: Story = {
  render: () => <MissingCodeView />,
  beforeEach: goOffline,
  parameters: { router: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(canvas.getByText('This page needs a connection to open. It opens by itself when you are back online.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  },
};

/** Online, but the files this page was built with are gone: a new deployment. */
export const PageCodeMissingAfterAnUpdate: Story = {
  render: () => <MissingCodeView />,
  parameters: { router: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent('the site has just been updated');
  },
};

export const ErrorWhileRendering: Story = {
  render: () => <BrokenView />,
  parameters: { router: false, expectedConsole: [loggedRenderError] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'This page could not be shown' })).toBeVisible();
  },
};
