/**
 * A route on any origin: the mock answers for the page's own origin in the
 * browser and for jsdom's in tests.
 */
export function wp(route: string): string {
  return `*/wp-json${route}`;
}
