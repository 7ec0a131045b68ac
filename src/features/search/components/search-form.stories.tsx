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

export const Empty: Story = {};
export const WithQuery: Story = { args: { initialQuery: 'generator', label: 'Search again' } };
export const Compact: Story = { args: { compact: true } };

export const AskedForAWord: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Search' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Type something to search for.');
  },
};
