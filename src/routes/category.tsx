import { TermArchive, termArchiveLoader } from './term-archive';

export const loader = termArchiveLoader('categories');

export function Component() {
  return <TermArchive taxonomy="categories" />;
}
