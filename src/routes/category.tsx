import { TermArchive } from './term-archive';

export function Component() {
  return <TermArchive taxonomy="categories" />;
}
