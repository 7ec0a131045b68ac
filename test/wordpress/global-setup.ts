import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSeed } from '@/mocks/seed/create-seed';

/**
 * Loads the mock's own seed into the real WordPress that run.sh started, through
 * WordPress's functions (scripts/wordpress/seed.php), so both sites hold the same
 * posts, ids, dates, terms, pictures and comments and can be compared closely.
 */
export default function setup() {
  const work = process.env.WORDPRESS_WORK;
  if (!process.env.WORDPRESS_URL || !work) {
    throw new Error('These suites need a real WordPress: run them with `npm run test:wordpress`.');
  }
  const seed = createSeed();
  const file = join(work, 'seed.json');
  writeFileSync(
    file,
    JSON.stringify({
      gmtOffset: seed.settings.gmtOffset,
      users: seed.users,
      categories: seed.categories,
      tags: seed.tags,
      media: seed.media.map((media) => ({ ...media, file: resolve('public', media.source_url.replace(/^\//, '')) })),
      posts: seed.posts,
      comments: seed.comments,
    }),
  );
  execFileSync('php', ['scripts/wordpress/seed.php', file], { stdio: 'inherit' });
}
