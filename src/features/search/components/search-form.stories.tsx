import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SearchForm } from './search-form';

const meta = {
  title: 'Search/SearchForm',
  component: SearchForm,
  args: { initialQuery: '', label: 'Search articles', compact: false },
} satisfies Meta<typeof SearchForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('');
    await expect(canvas.getByText('Search articles')).toBeVisible();
  },
};

export const WithQuery: Story = {
  args: { initialQuery: 'generator', label: 'Search again' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('searchbox', { name: 'Search again' })).toHaveValue('generator');
  },
};

/** For the header: the label is there for screen readers, not on screen. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
    await expect(canvas.getByText('Search articles')).toHaveClass('visually-hidden');
  },
};

export const AskedForAWord: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Type something to search for.');
  },
};
