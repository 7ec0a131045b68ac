import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, within } from 'storybook/test';
import { scenarioHandlers } from '@/mocks/scenarios';
import { ReaderAt } from '../../.storybook/reader-at';
import { referenceSlug, referenceTitle } from '../../test/reference-page';

const referencePath = `/news/${referenceSlug}`;

/** The article page as readers get it, on the mock WordPress. */
const meta = {
  title: 'Views/Article page',
  component: ReaderAt,
  parameters: { router: false, layout: 'fullscreen', covers: ['password-gate', 'embed-players', 'title-text'] },
  args: { path: referencePath },
} satisfies Meta<typeof ReaderAt>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReferenceArticle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1 })).toHaveTextContent(referenceTitle);
    await expect(await canvas.findByText('Thierry Breton', { selector: 'figcaption' })).toBeVisible();
  },
};

export const VeryLongArticle: Story = {
  args: { path: '/news/a-field-guide-to-pump-cavitation' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { level: 1, name: 'A Field Guide to Pump Cavitation' })).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(2);
  },
};

export const WithTable: Story = {
  args: { path: '/news/service-intervals-compared-which-engines-need-attention-first' },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole('table');
    await expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(1);
  },
};

/**
 * A post written in the block editor (src/mocks/seed/block-posts.ts): columns, a gallery, a cover,
 * media & text, floats, palette colours, a pullquote, a table, embeds behind a button, buttons and
 * social icons, styled by WordPress's own block CSS, and a title with inline markup.
 */
export const BlockContent: Story = {
  args: { path: '/news/rotterdam-workshop-block-by-block' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { level: 1 });
    await expect(heading.querySelector('em')).toHaveTextContent('Rotterdam');
    const article = heading.closest('article')!;
    await expect(article.querySelectorAll('.wp-block-columns > .wp-block-column')).toHaveLength(3);
    await expect(article.querySelectorAll('.wp-block-gallery img')).toHaveLength(6);
    await expect(await canvas.findByRole('button', { name: 'Play video from YouTube' })).toBeVisible();
    await expect(article.querySelector('iframe')).toBeNull();
  },
};

/** A password-protected post (password `expo2023`): the password field in place of the text, no comments. */
export const PasswordProtected: Story = {
  args: { path: '/news/meet-us-at-the-marine-expo-in-shanghai' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'This article is protected' })).toBeVisible();
    await expect(canvas.getByLabelText('Password')).toBeVisible();
  },
};

export const NoImage: Story = {
  args: { path: '/news/pumpmac-conemac-share-one-workshop-in-ho-chi-minh-city' },
  play: async ({ canvasElement }) => {
    const heading = await within(canvasElement).findByRole('heading', { level: 1 });
    await expect(heading.closest('article')!.querySelector('figure img, picture img')).toBeNull();
  },
};

const hostileHtml =
  '<p>Text before.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">a javascript: link</a><form action="https://evil.example"><input name="password" aria-label="Password"><button>Send</button></form><iframe src="https://evil.example/frame"></iframe><p>Text after.</p>';

export const HostileHtml: Story = {
  args: { path: '/news/hostile' },
  parameters: {
    msw: {
      handlers: [
        http.get('*/wp-json/wp/v2/posts', ({ request }) => {
          if (new URL(request.url).searchParams.get('slug') !== 'hostile') return;
          return HttpResponse.json(
            [
              {
                id: 9001,
                date: '2024-01-01T10:00:00',
                slug: 'hostile',
                title: { rendered: 'A title with <img src=x onerror="window.__pwned=1"> markup' },
                excerpt: { rendered: '<p>Hostile excerpt <script>window.__pwned=1</script></p>' },
                content: { rendered: hostileHtml },
                categories: [2],
                tags: [],
              },
            ],
            { headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } },
          );
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const article = (await canvas.findByRole('heading', { level: 1 })).closest('article')!;
    await expect(within(article).getByText('Text after.')).toBeVisible();
    await expect(article.querySelector('script, form, iframe, [onerror]')).toBeNull();
    await expect(within(article).getByText('a javascript: link')).not.toHaveAttribute('href');
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/wp-json/wp/v2/posts', () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading the article…')).toBeInTheDocument();
  },
};

export const Failed: Story = {
  parameters: { msw: { handlers: scenarioHandlers('article-error') } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('This article could not be loaded');
  },
};

export const NotFound: Story = {
  args: { path: '/news/no-such-article' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { level: 1, name: 'We could not find this article' })).toBeVisible();
  },
};
