/**
 * React DOM, evaluated by public/boot.js in a task of its own before the app's entry (README,
 * "Performance"). A browser evaluates a module and everything it imports in one task, and React
 * DOM is CommonJS, whose whole body runs when it is first required. Inside the entry's graph that
 * made one task of some 250 ms on a throttled phone, during which no tap could be handled; on its
 * own it is the first of two, and the page takes input in between. This file is a second build
 * entry (vite.config.ts) so that the app's own chunks stay as they were.
 */
import 'react-dom/client';
