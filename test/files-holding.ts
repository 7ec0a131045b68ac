import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, and those of them whose bytes hold any of the strings. */
export function filesHolding(dir: string, strings: readonly string[]): { files: string[]; holding: string[] } {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dir);
  return { files, holding: files.filter((file) => strings.some((text) => readFileSync(file, 'latin1').includes(text))) };
}
