import type { RegionSink } from './region-output.js';

/** Bytes gathered before one write: a write per line would cost a system call per finding. */
const FLUSH_AT = 64 * 1024;

/**
 * Gathers output lines and hands them to a sink in blocks. `add` returns a promise only when a
 * block is written, so a caller that awaits it is held back by a slow sink (memory stays at one
 * block) and pays nothing for the lines in between.
 */
export class LineBuffer {
  readonly #sink: RegionSink;
  #parts: string[] = [];
  #size = 0;

  constructor(sink: RegionSink) {
    this.#sink = sink;
  }

  add(line: string): Promise<void> | undefined {
    this.#parts.push(line);
    this.#size += line.length;
    return this.#size >= FLUSH_AT ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.#parts.length === 0) return;
    const text = this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    if (!this.#sink.closed) await this.#sink.write(text);
  }
}
