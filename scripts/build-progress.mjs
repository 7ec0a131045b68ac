/**
 * "Pages 420/1366 · 12 s left" on one line of a terminal while the build
 * renders; nothing at all when the output is not a terminal or in CI.
 */
export function createProgress(total, stream = process.stderr) {
  const shown = Boolean(stream.isTTY) && !['true', '1'].includes(String(process.env.CI ?? '').toLowerCase());
  const started = performance.now();
  let done = 0;
  let last = 0;
  const line = () => {
    const elapsed = (performance.now() - started) / 1000;
    const left = done > 0 ? Math.max(0, Math.round((elapsed / done) * (total - done))) : null;
    return `Pages ${done}/${total}${left === null ? '' : ` · ${left} s left`}`;
  };
  return {
    tick() {
      done += 1;
      if (done > total) total = done;
      const now = performance.now();
      // A few updates a second are enough to read and cheap to write.
      if (!shown || now - last < 200) return;
      last = now;
      stream.write(`\r${line()}\x1b[K`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
