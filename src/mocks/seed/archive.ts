import type { Topic } from './articles';

/**
 * Older stories for a site of any size (the prerender benchmark builds one of
 * 250, 500 or 1,000 articles): each an earlier instalment of a seeded topic,
 * one a week back in time, so lists, archives and neighbours stay in order.
 */
export function archiveTopics(topics: readonly Topic[], count: number): Topic[] {
  const oldest = Math.min(...topics.map((topic) => new Date(`${topic.date}Z`).getTime()));
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const topic = topics[index % topics.length]!;
    const part = Math.floor(index / topics.length) + 2;
    const date = new Date(oldest - (index + 1) * 7 * 86_400_000).toISOString().slice(0, 19);
    return { ...topic, title: `${topic.title}, part ${part}`, slug: `${topic.slug}-part-${part}`, date, kind: topic.kind === 'long' ? undefined : topic.kind };
  });
}

/** How many articles the mock site has: the seed's own, or VITE_MOCK_ARTICLES at build time. */
export function wantedArticles(seeded: number): number {
  const wanted = Number(import.meta.env.VITE_MOCK_ARTICLES);
  return Number.isInteger(wanted) && wanted > seeded ? wanted : seeded;
}
