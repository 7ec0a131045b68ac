import { format } from 'node:util';

/**
 * Unit tests fail on a console error or warning they did not expect: React's
 * act() warnings, a router's caught error, a component's complaint. A test
 * that provokes one on purpose says so with `expectConsole`.
 */
interface Expected {
  pattern: RegExp;
  reason: string;
}

let expected: Expected[] = [];
let unexpected: string[] = [];

/** Allows console errors and warnings matching `pattern` for the rest of the current test. */
export function expectConsole(pattern: RegExp, reason: string): void {
  expected.push({ pattern, reason });
}

function record(level: 'error' | 'warn', original: (...args: unknown[]) => void) {
  return (...args: unknown[]) => {
    const text = format(...args);
    if (expected.some(({ pattern }) => pattern.test(text))) return;
    unexpected.push(`console.${level}: ${text}`);
    original(...args);
  };
}

/** Installs the guard for every test of a file (from the setup file). */
export function guardConsole(): void {
  const originalError = console.error.bind(console);
  const originalWarn = console.warn.bind(console);
  beforeAll(() => {
    console.error = record('error', originalError);
    console.warn = record('warn', originalWarn);
  });
  afterEach(() => {
    const found = unexpected;
    unexpected = [];
    expected = [];
    expect(found, 'console errors or warnings the test did not expect').toEqual([]);
  });
  afterAll(() => {
    console.error = originalError;
    console.warn = originalWarn;
  });
}
