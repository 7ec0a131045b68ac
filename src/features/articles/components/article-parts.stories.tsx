import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { Article } from '../api/posts';
import { fetchPostBySlug, fetchPosts } from '../api/posts-fetch';
import { AdjacentArticles } from './adjacent-articles';
import { ArticleBody } from './article-body';
import { ArticleImage } from './article-image';
import { ArticleList, ArticleListSkeleton } from './article-list';
import { ArticleSkeleton } from './article-skeleton';
import { MetaLine } from './meta-line';
import { RelatedArticles } from './related-articles';
import { PostPartLinks } from './post-part-links';
import { referenceSlug } from '../../../../test/reference-page';


/** The parts of the list and the article page, each on seeded articles from the mock WordPress. */
const meta = {
  title: 'Articles/Parts',
  component: MetaLine,
  parameters: {
    covers: ['meta-line', 'article-body', 'article-image', 'article-list', 'adjacent-articles', 'related-articles', 'article-skeleton', 'post-part-links'],
  },
  args: {
    date: '2023-07-05T10:12:00',
    categories: [{ id: 2, name: 'Global Onsite Activity', slug: 'global-onsite-activity' }],
    commentCount: 0,
  },
} satisfies Meta<typeof MetaLine>;

export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { article: Article; list: Article[] };
const loadReference = async (): Promise<Loaded> => ({
  article: (await fetchPostBySlug(referenceSlug))!,
  list: (await fetchPosts({ perPage: 4 })).items,
});

export const ReferenceMetaLine: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Jul 5, 2023 | Global Onsite Activity | 0 comments');
  },
};

export const MetaLineCountLoading: Story = {
  args: { commentCount: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Jul 5, 2023 | Global Onsite Activity');
    await expect(within(canvasElement).getByText('Loading comment count')).toBeInTheDocument();
  },
};

/** The links under part 2 of a post split into three with <!--nextpage-->: the part on screen is not a link. */
export const PartLinksOnPartTwo: Story = {
  render: () => <PostPartLinks slug="generator-care-in-three-steps" count={3} current={2} />,
  play: async ({ canvasElement }) => {
    const parts = within(canvasElement).getByRole('navigation', { name: 'Pages of this article' });
    await expect(parts).toHaveTextContent('Pages:123');
    await expect(within(parts).getByText('2')).toHaveAttribute('aria-current', 'page');
    await expect(within(parts).getByRole('link', { name: '1' })).toHaveAttribute('href', '/news/generator-care-in-three-steps');
    await expect(within(parts).getByRole('link', { name: '3' })).toHaveAttribute('href', '/news/generator-care-in-three-steps/3');
  },
};

export const ReferenceBody: Story = {
  loaders: [loadReference],
  render: (_args, { loaded }) => <ArticleBody html={(loaded as Loaded).article.contentHtml} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/In a joint statement, they said they agreed to cooperate on undersea cable connections/)).toBeVisible();
    await expect(canvas.getByText('Thierry Breton', { selector: 'figcaption' })).toBeVisible();
  },
};

export const FeaturedImage: Story = {
  loaders: [loadReference],
  render: (_args, { loaded }) => <ArticleImage image={(loaded as Loaded).article.image!} sizes="640px" priority />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: /portrait of Thierry Breton/ })).toHaveAttribute('srcset');
  },
};

export const List: Story = {
  loaders: [loadReference],
  render: (_args, { loaded }) => <ArticleList articles={(loaded as Loaded).list} commentCounts={{}} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(4);
  },
};

export const ListLoading: Story = {
  render: () => <ArticleListSkeleton />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading articles…');
  },
};

export const ArticleLoading: Story = {
  render: () => <ArticleSkeleton />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading the article…');
  },
};

export const PreviousAndNext: Story = {
  loaders: [loadReference],
  render: (_args, { loaded }) => <AdjacentArticles article={(loaded as Loaded).article} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('link', { name: /Previous article/ })).toBeVisible();
  },
};

export const Related: Story = {
  loaders: [loadReference],
  render: (_args, { loaded }) => <RelatedArticles article={(loaded as Loaded).article} />,
  play: async ({ canvasElement }) => {
    const section = await within(canvasElement).findByRole('region', { name: 'More from Global Onsite Activity' });
    await expect(within(section).getAllByRole('link').length).toBeGreaterThan(0);
  },
};
