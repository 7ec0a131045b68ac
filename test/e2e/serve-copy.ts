import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/run-build.mjs';
import { startServer } from '../../scripts/serve.mjs';

export interface CopyServer {
  url: string;
  dir: string;
  close: () => Promise<void>;
}

/**
 * The build in dist/, served by scripts/serve.mjs from a copy a test may
 * change (as a deployment replaces a file), with headers of the test's choosing.
 */
export async function serveCopy({ change, headers }: { change?: (dir: string) => void; headers?: Record<string, string> } = {}): Promise<CopyServer> {
  const dir = mkdtempSync(join(tmpdir(), 'reader-deploy-'));
  cpSync('dist', dir, { recursive: true });
  change?.(dir);
  const server = await startServer({ dir, port: await freePort(), headers });
  return {
    url: server.url,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
