import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, within } from 'storybook/test';
import { scenarioHandlers } from '@/mocks/scenarios';
import { ReaderAt } from '../../.storybook/reader-at';
import { referenceTitle } from '../../test/reference-page';

/** The list views as readers get them: header, list, pagination and footer, on the mock WordPress. */
const meta = {
  title: 'Views/Article list',
  component: ReaderAt,
  parameters: { router: false, layout: 'fullscreen' },
  args: { path: '/' },
} satisfies Meta<typeof ReaderAt>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Latest: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: referenceTitle })).toBeVisible();
    await expect(canvas.getByRole('navigation', { name: 'Article pages' })).toBeVisible();
  },
};

/** The view's heading once its articles are listed under it. */
async function expectList(canvasElement: HTMLElement, heading: string | RegExp) {
  const canvas = within(canvasElement);
  await expect(await canvas.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect((await within(canvas.getByRole('main')).findAllByRole('article')).length).toBeGreaterThan(0);
}

export const SecondPage: Story = {
  args: { path: '/page/2/' },
  play: async ({ canvasElement }) => {
    await expectList(canvasElement, 'Latest news');
    await expect(within(canvasElement).getByText(/page 2 of \d+/)).toBeVisible();
    await expect(within(canvasElement).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  },
};

export const Category: Story = {
  args: { path: '/category/global-onsite-activity' },
  play: async ({ canvasElement }) => expectList(canvasElement, 'Global Onsite Activity'),
};

export const Tag: Story = {
  args: { path: '/tag/marine' },
  play: async ({ canvasElement }) => expectList(canvasElement, 'Tagged “Marine”'),
};

export const SearchResults: Story = {
  args: { path: '/search?q=generator' },
  play: async ({ canvasElement }) => {
    await expectList(canvasElement, 'Results for “generator”');
    await expect(within(canvasElement).getAllByText((_, element) => element?.tagName === 'MARK').length).toBeGreaterThan(0);
  },
};

export const SearchWithoutResults: Story = {
  args: { path: '/search?q=zeppelin' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'Nothing found' })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/wp-json/wp/v2/posts', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading articles…')).toBeInTheDocument();
  },
};

export const Empty: Story = {
  parameters: { msw: { handlers: scenarioHandlers('empty') } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'No articles here yet' })).toBeVisible();
  },
};

export const Failed: Story = {
  parameters: { msw: { handlers: scenarioHandlers('server-error') } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The articles could not be loaded');
  },
};

export const PagePastTheEnd: Story = {
  args: { path: '/page/99/' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'There is no page 99' })).toBeVisible();
  },
};

export const UnknownCategory: Story = {
  args: { path: '/category/nothing-here' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { level: 1, name: 'We could not find this category' })).toBeVisible();
  },
};
