#!/usr/bin/env node
/**
 * Draws the seeded articles' pictures: abstract scenes of our own (gradients
 * and shapes, no text), rendered by the system Chromium into the JPEG sizes
 * WordPress would make of an upload. Run once; the files are committed.
 * The one portrait is a drawn silhouette, labelled "Illustration" on the
 * picture itself, so nobody takes it for a photograph of the person.
 *
 *   node scripts/generate-media.mjs                     # every picture
 *   node scripts/generate-media.mjs speaker-portrait    # only the named ones
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const scenes = {
  'summit-hall': ['#1d2b3a', '#3f5f7f', '#c9a45c', 'columns'],
  'harbour-cranes': ['#0f2a3d', '#2f6d8c', '#f0a35e', 'cranes'],
  'engine-room': ['#2a2320', '#5b4a3f', '#d8893a', 'pipes'],
  'generator-yard': ['#1e2d24', '#466b52', '#e4c65b', 'boxes'],
  'pump-station': ['#10263a', '#1f5c8a', '#7fc4e8', 'circles'],
  'workshop-floor': ['#2b2b30', '#5d6270', '#e0e4ea', 'blocks'],
  'expo-booth': ['#2a1838', '#6b3d8c', '#f2c14e', 'lights'],
  'parts-warehouse': ['#24303a', '#52697c', '#e9b872', 'shelves'],
  'wind-coast': ['#1b3550', '#6fa3c7', '#f3f6f8', 'turbines'],
  'training-room': ['#1f2f2b', '#3f7a6c', '#f1d9a7', 'figures'],
  'speaker-portrait': ['#0f2446', '#2c5a9e', '#f2c94c', 'portrait'],
};

/** Head and shoulders behind a lectern, a ring of stars behind: a speaker, drawn, not photographed. */
function portrait(accent) {
  const stars = Array.from({ length: 12 }, (_, i) => {
    const angle = (i / 12) * Math.PI * 2;
    return `<circle cx="${1210 + Math.cos(angle) * 170}" cy="${330 + Math.sin(angle) * 170}" r="13" fill="${accent}" opacity="0.75"/>`;
  }).join('');
  return `${stars}
    <ellipse cx="800" cy="330" rx="112" ry="134" fill="#e9eef5" opacity="0.92"/>
    <path d="M690 330 C682 215 760 188 812 192 C880 196 925 245 910 330 C885 262 842 250 800 252 C752 254 712 275 690 330 Z" fill="#4a5566"/>
    <rect x="762" y="440" width="76" height="70" fill="#e9eef5" opacity="0.92"/>
    <path d="M520 900 C520 640 610 520 800 505 C990 520 1080 640 1080 900 Z" fill="#13213a"/>
    <path d="M760 512 L800 640 L840 512 Z" fill="#e9eef5" opacity="0.9"/>
    <path d="M790 560 L800 700 L810 560 Z" fill="${accent}" opacity="0.9"/>
    <rect x="560" y="700" width="480" height="200" rx="14" fill="#0b1830"/>
    <rect x="560" y="700" width="480" height="16" fill="${accent}" opacity="0.8"/>
    <path d="M800 700 L860 610" stroke="#c5ccd6" stroke-width="8" stroke-linecap="round"/>
    <rect x="64" y="64" width="400" height="74" rx="37" fill="#000" opacity="0.55"/>
    <text x="264" y="113" text-anchor="middle" font-family="system-ui, sans-serif" font-size="38" font-weight="700" letter-spacing="4" fill="#fff">ILLUSTRATION</text>`;
}

function shapes(kind, accent) {
  if (kind === 'portrait') return portrait(accent);
  const parts = [];
  for (let i = 0; i < 9; i += 1) {
    const x = 90 + i * 175;
    switch (kind) {
      case 'columns':
        parts.push(`<rect x="${x}" y="220" width="70" height="680" fill="${accent}" opacity="${0.18 + (i % 3) * 0.08}"/>`);
        break;
      case 'cranes':
        parts.push(`<path d="M${x} 900 L${x} ${380 - (i % 3) * 60} L${x + 150} ${380 - (i % 3) * 60}" stroke="${accent}" stroke-width="14" fill="none" opacity="0.55"/>`);
        break;
      case 'pipes':
        parts.push(`<rect x="0" y="${120 + i * 85}" width="1600" height="26" rx="13" fill="${accent}" opacity="${0.15 + (i % 4) * 0.1}"/>`);
        break;
      case 'boxes':
        parts.push(`<rect x="${x - 40}" y="560" width="150" height="200" rx="10" fill="${accent}" opacity="0.5"/><rect x="${x - 20}" y="600" width="110" height="18" fill="#000" opacity="0.25"/>`);
        break;
      case 'circles':
        parts.push(`<circle cx="${x + 30}" cy="${520 + (i % 2) * 140}" r="${70 + (i % 3) * 15}" fill="none" stroke="${accent}" stroke-width="18" opacity="0.55"/>`);
        break;
      case 'blocks':
        parts.push(`<rect x="${x - 30}" y="${600 - (i % 3) * 40}" width="130" height="${180 + (i % 3) * 40}" fill="${accent}" opacity="${0.25 + (i % 2) * 0.15}"/>`);
        break;
      case 'lights':
        parts.push(`<circle cx="${x}" cy="${160 + (i % 3) * 70}" r="36" fill="${accent}" opacity="0.7"/><path d="M${x - 36} ${160 + (i % 3) * 70} L${x - 160} 900 L${x + 160} 900 L${x + 36} ${160 + (i % 3) * 70} Z" fill="${accent}" opacity="0.12"/>`);
        break;
      case 'shelves':
        parts.push(`<rect x="0" y="${200 + (i % 5) * 140}" width="1600" height="14" fill="${accent}" opacity="0.45"/><rect x="${x}" y="${130 + (i % 5) * 140}" width="110" height="70" fill="${accent}" opacity="0.3"/>`);
        break;
      case 'turbines':
        parts.push(`<line x1="${x}" y1="900" x2="${x}" y2="${420 + (i % 2) * 60}" stroke="${accent}" stroke-width="10" opacity="0.8"/><g transform="translate(${x} ${420 + (i % 2) * 60}) rotate(${i * 23})" opacity="0.8"><path d="M0 0 L0 -120 M0 0 L104 60 M0 0 L-104 60" stroke="${accent}" stroke-width="8"/></g>`);
        break;
      case 'figures':
        parts.push(`<circle cx="${x}" cy="520" r="38" fill="${accent}" opacity="0.6"/><rect x="${x - 55}" y="570" width="110" height="230" rx="45" fill="${accent}" opacity="0.45"/>`);
        break;
    }
  }
  return parts.join('');
}

function svg(name) {
  const [dark, mid, accent, kind] = scenes[name];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/></linearGradient>
      <radialGradient id="glow" cx="0.75" cy="0.25" r="0.6"><stop offset="0" stop-color="${accent}" stop-opacity="0.55"/><stop offset="1" stop-color="${accent}" stop-opacity="0"/></radialGradient>
    </defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <rect width="1600" height="900" fill="url(#glow)"/>
    ${shapes(kind, accent)}
    <rect y="780" width="1600" height="120" fill="${dark}" opacity="0.55"/>
  </svg>`;
}

const sizes = [
  ['', 1600, 900],
  ['-1024', 1024, 576],
  ['-768', 768, 432],
  ['-300', 300, 169],
];

mkdirSync('public/media', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
const only = process.argv.slice(2);
for (const name of Object.keys(scenes).filter((scene) => only.length === 0 || only.includes(scene))) {
  for (const [suffix, width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${width}px;height:${height}px}</style>${svg(name)}`);
    await page.screenshot({ path: `public/media/${name}${suffix}.jpg`, type: 'jpeg', quality: 72 });
  }
  // The square crop WordPress makes for thumbnails.
  await page.setViewportSize({ width: 150, height: 150 });
  await page.setContent(`<style>html,body{margin:0;overflow:hidden}svg{display:block;width:267px;height:150px;margin-left:-58px}</style>${svg(name)}`);
  await page.screenshot({ path: `public/media/${name}-150x150.jpg`, type: 'jpeg', quality: 72 });
}
await browser.close();
console.log('Wrote public/media.');
