#!/usr/bin/env node
/**
 * Draws the site-wide share picture (public/og-default.jpg, 1200x630, shown
 * when an article has no picture of its own) and the publisher logo for
 * structured data (public/publisher-logo.png, 600x60), in the site's colours,
 * with the site name from public/site-config.json. Rendered by the system
 * Chromium. Run once after a rename; the files are committed.
 *
 *   node scripts/generate-share-images.mjs
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const { siteName = 'News', tagline = '' } = JSON.parse(readFileSync('public/site-config.json', 'utf8'));
const escape = (text) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

// The favicon's mark: a page with lines of text.
const mark = (size, x, y) => `
  <g transform="translate(${x} ${y}) scale(${size / 32})">
    <rect width="32" height="32" rx="6" fill="#0b5cab"/>
    <path d="M8 9h16v3H8zm0 6h16v2H8zm0 5h11v2H8z" fill="#fff"/>
  </g>`;

const font = `font-family="'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"`;

const shareImage = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b5cab"/><stop offset="1" stop-color="#062f5c"/></linearGradient>
  </defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  ${Array.from({ length: 6 }, (_, i) => `<rect x="${830 + i * 58}" y="${120 + (i % 3) * 60}" width="36" height="${460 - (i % 3) * 60}" rx="8" fill="#fff" opacity="${0.06 + (i % 3) * 0.03}"/>`).join('')}
  <g transform="translate(96 190)">
    <rect width="120" height="120" rx="24" fill="#fff"/>
    <path d="M30 34h60v11H30zm0 23h60v8H30zm0 19h41v8H30z" fill="#0b5cab"/>
  </g>
  <text x="96" y="400" ${font} font-size="76" font-weight="700" fill="#fff">${escape(siteName)}</text>
  <text x="96" y="456" ${font} font-size="30" fill="#d6e6f7">${escape(tagline)}</text>
</svg>`;

const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
  ${mark(52, 4, 4)}
  <text x="72" y="44" ${font} font-size="38" font-weight="700" fill="#0b5cab">${escape(siteName)}</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
for (const [file, svg, width, height, type] of [
  ['public/og-default.jpg', shareImage, 1200, 630, 'jpeg'],
  ['public/publisher-logo.png', logo, 600, 60, 'png'],
]) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.screenshot({ path: file, type, ...(type === 'jpeg' ? { quality: 80 } : { omitBackground: true }) });
}
await browser.close();
console.log('Wrote public/og-default.jpg and public/publisher-logo.png.');
