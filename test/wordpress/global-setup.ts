/** The suites here need the WordPress that scripts/wordpress/run.sh starts and seeds. */
export default function setup() {
  if (!process.env.WORDPRESS_URL || !process.env.WORDPRESS_WORK) {
    throw new Error('These suites need a real WordPress: run them with `npm run test:wordpress`.');
  }
}
