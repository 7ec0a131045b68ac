import { createProgress } from '../scripts/build-progress.mjs';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

it('shows pages done of the total on a terminal, and clears the line at the end', () => {
  vi.stubEnv('CI', '');
  const stream = terminal(true);
  const progress = createProgress(3, stream);
  progress.tick();
  expect(stream.written.join('')).toContain('Pages 1/3');
  expect(stream.written.join('')).toMatch(/Pages 1\/3 · \d+ s left/);
  progress.end();
  expect(stream.written.at(-1)).toBe('\r\x1b[K');
});

it('says nothing when the output is not a terminal, or in CI', () => {
  vi.stubEnv('CI', '');
  const pipe = terminal(false);
  createProgress(3, pipe).tick();
  vi.stubEnv('CI', 'true');
  const ci = terminal(true);
  const progress = createProgress(3, ci);
  progress.tick();
  progress.end();
  expect([...pipe.written, ...ci.written]).toEqual([]);
});
