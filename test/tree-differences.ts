import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, relative to it, sorted. */
export function filesUnder(root: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : [relative(root, join(folder, entry.name))]));
  return walk(root).sort();
}

/** The files of two trees (two builds) that are missing from one of them or differ in a byte. */
export function treeDifferences(a: string, b: string): string[] {
  const inA = filesUnder(a);
  const inB = filesUnder(b);
  return [...new Set([...inA, ...inB])].sort().filter((file) => !inA.includes(file) || !inB.includes(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}
