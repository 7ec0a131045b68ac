import { rmSync } from 'node:fs';
import { sharedReaderDir } from './shared-reader';

/** The suites here need the WordPress that scripts/wordpress/run.sh starts and seeds. */
export default function setup() {
  if (!process.env.WORDPRESS_URL || !process.env.WORDPRESS_WORK) {
    throw new Error('These suites need a real WordPress: run them with `npm run test:wordpress`.');
  }
  // The build the browser files share (shared-reader.ts) lives as long as the run.
  return () => rmSync(sharedReaderDir(), { recursive: true, force: true });
}
