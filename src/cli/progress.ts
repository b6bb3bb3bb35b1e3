import type { CliIO } from './io.js';

/**
 * A one-line progress indicator on stderr, only on a terminal and never under --quiet,
 * so scripts and CI logs stay clean. Throttled: a region of thousands of schools calls it often.
 */
export function createProgress(io: CliIO, enabled: boolean, label: string) {
  const active = enabled && io.stderrIsTTY;
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!active) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      io.stderr(`\r${label}: ${done}/${total} (${percent}%)`);
      shown = true;
    },
    done(): void {
      if (active && shown) io.stderr('\r\x1b[2K');
    },
  };
}
