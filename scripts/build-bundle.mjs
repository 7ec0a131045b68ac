/**
 * The reader's code for a build: the browser bundle and the server bundle the
 * pages are rendered with. Both follow from the sources, the locked packages
 * and the VITE_* settings alone, so they are built once per version of those
 * and kept in .prerender/bundles/<hash>/ (never deployed; inside the project,
 * where the server bundle finds its packages). Called by scripts/build.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, minify } from 'vite';

const inputs = ['src', 'public', 'index.html', 'scripts/build-bundle.mjs', 'scripts/prerender.mjs', '.env', '.env.production', '.env.local', '.env.production.local', 'vite.config.ts', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json', 'package-lock.json'];

function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => filesUnder(root, join(path, entry.name)))
    .filter((file) => !/\.(test|stories)\.tsx?$/.test(file));
}

/** A hash of everything the bundles are made from. */
export function sourceHash(root) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((path) => filesUnder(root, path)).sort()) {
    hash.update(`${relative(root, join(root, file)).split(sep).join('/')}\0`);
    hash.update(readFileSync(join(root, file)));
  }
  const settings = Object.keys(process.env).filter((name) => name.startsWith('VITE_')).sort();
  for (const name of settings) hash.update(`${name}=${process.env[name]}\0`);
  hash.update(`node ${process.versions.node}`);
  return hash.digest('hex').slice(0, 16);
}

const dayMs = 86_400_000;

/** Bundles of other sources not used for a day go; a build running now touches its own. */
function prune(bundles, keep) {
  for (const name of existsSync(bundles) ? readdirSync(bundles) : []) {
    const dir = join(bundles, name);
    if (name !== keep && Date.now() - statSync(dir).mtimeMs > dayMs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bundles for the sources as they are now: `{ source, client, server }`,
 * `client` the browser build (with its manifest and page template),
 * `server` the folder of entry-server.js. Built when no build has made them yet.
 */
export async function ensureBundle(root) {
  const source = sourceHash(root);
  const bundles = join(root, '.prerender', 'bundles');
  const dir = join(bundles, source);
  prune(bundles, source);
  if (existsSync(join(dir, 'done'))) {
    const now = new Date();
    utimesSync(dir, now, now);
    return { source, client: join(dir, 'client'), server: join(dir, 'server'), built: false };
  }
  // Built aside and moved in when complete: two builds at once never see half a bundle.
  const next = `${dir}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  try {
    // The page, and React DOM on its own (src/react-stage.ts), which boot.js evaluates first.
    const input = { index: 'index.html', 'react-stage': 'src/react-stage.ts' };
    await build({ logLevel: 'warn', build: { outDir: join(next, 'client'), emptyOutDir: true, manifest: true, rolldownOptions: { input } } });
    // public/ is copied as written, comments and all; every page loads boot.js first, so it goes out minified.
    const boot = join(next, 'client', 'boot.js');
    const minified = await minify('boot.js', readFileSync(boot, 'utf8'), { module: true });
    if (minified.errors.length) throw new Error(`public/boot.js: ${minified.errors.map((error) => error.message).join('; ')}`);
    writeFileSync(boot, minified.code);
    await build({
      logLevel: 'warn',
      build: { ssr: 'src/entry-server.tsx', outDir: join(next, 'server'), emptyOutDir: true, sourcemap: false, copyPublicDir: false, minify: false, chunkSizeWarningLimit: 100_000 },
    });
    writeFileSync(join(next, 'done'), source);
    if (existsSync(join(dir, 'done'))) rmSync(next, { recursive: true, force: true });
    else {
      rmSync(dir, { recursive: true, force: true });
      renameSync(next, dir);
    }
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    // Another build made the same bundle meanwhile: use it.
    if (!existsSync(join(dir, 'done'))) throw error;
  }
  return { source, client: join(dir, 'client'), server: join(dir, 'server'), built: true };
}
