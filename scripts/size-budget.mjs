#!/usr/bin/env node
/**
 * Size budget: the gzipped JavaScript the first view of the article list
 * loads, in a build for a real WordPress (what readers download), must stay
 * under the budget; and that build must contain no mock code.
 *
 * The first view is the entry chunk, the chunks it imports statically, and the
 * list route's chunk with its static imports, read from Vite's manifest. Code
 * fetched later (the article route on idle, the contact panel on open) is not.
 *
 *   node scripts/size-budget.mjs            # builds into a temp folder, prints, exits 1 when over
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

process.env.NODE_ENV ??= 'production';
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 125);
const listRoute = 'src/routes/latest.tsx';
/** Strings only the mock has: MSW's worker script name and the seeded reference article. */
const mockMarkers = ['mockServiceWorker', 'Recently, after meeting with Japanese politicians'];

async function buildInto(apiUrl) {
  const outDir = mkdtempSync(join(tmpdir(), 'reader-build-'));
  const previous = process.env.VITE_WP_API_URL;
  if (apiUrl) process.env.VITE_WP_API_URL = apiUrl;
  else delete process.env.VITE_WP_API_URL;
  try {
    await build({ logLevel: 'error', build: { outDir, manifest: true, emptyOutDir: true, sourcemap: false } });
  } finally {
    if (previous === undefined) delete process.env.VITE_WP_API_URL;
    else process.env.VITE_WP_API_URL = previous;
  }
  return outDir;
}

function firstViewChunks(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(listRoute);
  if (!manifest[listRoute]) throw new Error(`${listRoute} is not a chunk of its own: the list route must be code-split.`);
  return [...files];
}

function gzipKb(outDir, file) {
  return gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;
}

function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'));
}

let failed = false;

const realDir = await buildInto('https://wordpress.example/wp-json');
const chunks = firstViewChunks(realDir);
let total = 0;
console.log('First view of the article list (build for a real WordPress), gzipped:');
for (const file of chunks) {
  const kb = gzipKb(realDir, file);
  total += kb;
  console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(`  ${total.toFixed(1).padStart(7)} KB  total (budget ${budgetKb} KB)`);
if (total > budgetKb) {
  console.error(`FAIL: the list's first view loads ${total.toFixed(1)} KB of gzipped JavaScript, over the ${budgetKb} KB budget.`);
  failed = true;
}

const leaks = [];
for (const file of jsFiles(realDir)) {
  const text = readFileSync(join(realDir, file), 'utf8');
  for (const marker of mockMarkers) if (text.includes(marker)) leaks.push(`${file} contains "${marker}"`);
}
if (leaks.length) {
  console.error(`FAIL: the build for a real WordPress contains mock code:\n  ${leaks.join('\n  ')}`);
  failed = true;
} else {
  console.log('The build for a real WordPress contains no mock code.');
}

const mockDir = await buildInto('');
const mockTotal = firstViewChunks(mockDir).reduce((sum, file) => sum + gzipKb(mockDir, file), 0);
const mockOnly = jsFiles(mockDir).filter((file) => readFileSync(join(mockDir, file), 'utf8').includes('mockServiceWorker'));
const mockKb = mockOnly.reduce((sum, file) => sum + gzipKb(mockDir, file), 0);
console.log(`For reference, the built-in-mock build: first view ${mockTotal.toFixed(1)} KB, plus the mock's own chunks ${mockKb.toFixed(1)} KB (not budgeted).`);

rmSync(realDir, { recursive: true, force: true });
rmSync(mockDir, { recursive: true, force: true });
console.log(failed ? 'size budget: FAILED' : 'size budget: passed');
process.exit(failed ? 1 : 0);
