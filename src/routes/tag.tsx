import { TermArchive, termArchiveLoader } from './term-archive';

export const loader = termArchiveLoader('tags');

export function Component() {
  return <TermArchive taxonomy="tags" />;
}
