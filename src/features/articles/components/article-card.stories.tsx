import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, within } from 'storybook/test';
import type { Article } from '../api/posts';
import { fetchPostBySlug } from '../api/posts-fetch';
import { ArticleCard } from './article-card';
import { ArticleCardSkeleton } from './article-card-skeleton';
import { referenceSlug, referenceTitle } from '../../../../test/reference-page';

type Args = Omit<ComponentProps<typeof ArticleCard>, 'article'> & {
  /** Which seeded article to show: the card gets it from the mock WordPress, as the reader does. */
  slug: string;
};

const meta: Meta<Args> = {
  title: 'Articles/ArticleCard',
  parameters: { covers: ['article-card-skeleton', 'highlight', 'image-placeholder'] },
  component: ArticleCard as unknown as Meta<Args>['component'],
  args: {
    slug: referenceSlug,
    commentCount: 0,
    priority: true,
    headingLevel: 2,
  },
  argTypes: {
    slug: {
      control: 'select',
      options: [
        referenceSlug,
        'pumpmac-conemac-share-one-workshop-in-ho-chi-minh-city',
        'zero-unplanned-downtime-inside-a-year-long-generator-service-contract',
      ],
    },
    headingLevel: { control: 'inline-radio', options: [2, 3] },
  },
  loaders: [async ({ args }) => ({ article: await fetchPostBySlug((args as Args).slug) })],
  render: ({ slug: _slug, ...args }, { loaded }) => {
    const article = (loaded as { article: Article | null }).article;
    return article ? <ArticleCard {...args} article={article} /> : <p>No such article in the seed.</p>;
  },
};

export default meta;
type Story = StoryObj<Args>;

export const ReferenceArticle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('link', { name: referenceTitle })).toBeVisible();
    await expect(canvasElement).toHaveTextContent('Jul 5, 2023 | Global Onsite Activity | 0 comments');
  },
};

/** No featured image: a placeholder of the same size keeps the list's rhythm. */
export const WithoutImage: Story = {
  args: { slug: 'pumpmac-conemac-share-one-workshop-in-ho-chi-minh-city', commentCount: 3 },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article');
    await expect(card.querySelector('[data-image-placeholder]')).not.toBeNull();
    await expect(within(card).queryByRole('img')).toBeNull();
    await expect(card).toHaveTextContent('3 comments');
  },
};

export const EntitiesInTitle: Story = {
  args: { slug: 'zero-unplanned-downtime-inside-a-year-long-generator-service-contract', commentCount: 6 },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading')).toHaveTextContent('“Zero Unplanned Downtime”: Inside a Year-Long Generator Service Contract');
  },
};

/** In search results: the words searched for are marked in the title and excerpt. */
export const InSearchResults: Story = {
  args: { highlight: ['semiconductors', 'Thierry Breton'] },
  play: async ({ canvasElement }) => {
    const marks = await within(canvasElement).findAllByText((_, element) => element?.tagName === 'MARK');
    await expect(marks.map((mark) => mark.textContent)).toEqual(expect.arrayContaining(['Semiconductors', 'Thierry Breton']));
  },
};

export const CommentCountLoading: Story = {
  args: { commentCount: undefined },
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article');
    await expect(within(card).getByText('Loading comment count')).toBeInTheDocument();
    await expect(card).not.toHaveTextContent(/\d+ comments?/);
  },
};

/** Only the card's shape: nothing a screen reader would read out, as the list around it says it is loading. */
export const Loading: Story = {
  render: () => <ArticleCardSkeleton />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('heading')).toBeNull();
    await expect(canvasElement.textContent).toBe('');
    await expect(canvasElement.querySelectorAll('[aria-hidden="true"]').length).toBeGreaterThan(3);
  },
};
