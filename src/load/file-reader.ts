import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AuditInput, SourceLocation } from '../model/types.js';

/** File access injected into the core loaders, so the core runs in browsers too. */
export interface FileReader {
  /**
   * Reads a file as bytes; rejects with an Error whose `code` is 'ENOENT' when missing,
   * 'ENOTREGULAR' when it is not a regular file (folder, FIFO, device), 'EFBIG' (with `size`) when
   * over `limits.maxBytes`, and 'EOUTSIDE' when its real path (symlinks resolved) is not inside
   * `limits.within`. Readers that cannot tell (memory) may ignore the limits.
   */
  readFile(path: string, limits?: ReadLimits): Promise<Uint8Array>;
  /** Byte size without reading (for the size limit); undefined when unknown. */
  size?(path: string): Promise<number | undefined>;
  /** Resolves `relative` against the directory of `fromFile`. */
  resolve(fromFile: string, relative: string): string;
  /**
   * SHA-256 of bytes read, as lowercase hex. Optional: a platform with a native hash (Node's
   * `node:crypto`, ~20× faster) provides it; without it the core's portable one is used.
   */
  sha256?(bytes: Uint8Array): string;
  /** True when `path` lies inside the folder `root`; default: compared as normalised `/` paths. */
  contains?(root: string, path: string): boolean;
}

export interface ReadLimits {
  maxBytes?: number;
  /** The folder the file must stay inside (after following symlinks). */
  within?: string;
}

export interface LoadOptions {
  /** Files larger than this are refused before they are read. Default 20 MiB. */
  maxFileBytes?: number;
  /** Maximum number of YAML alias expansions (anchors `&a` used as `*a`). Default 100. */
  maxAliasCount?: number;
  /** Maximum nesting of mappings and lists in the school file. Default 32. */
  maxDepth?: number;
  /** Clause ids of the catalog: attestations naming other clauses are reported. */
  knownClauses?: readonly string[];
  /**
   * How diagnostics and `sources` name the school file (default: `entryPath`). CSV files it
   * references are named relative to it, while still read relative to `entryPath`.
   */
  displayPath?: string;
  /**
   * The folder files named in the school file (`people.file`, `channels.file`) must stay inside;
   * default the school file's own folder. Absolute paths and `..` leading out of it are refused.
   */
  root?: string;
  /**
   * The school file has no folder (its text came from standard input or was pasted): every file it
   * names (`people.file`, `channels.file`, `attestations.file`, `exports[].file`) is refused with a
   * positioned `FILE_REFERENCE_WITHOUT_FOLDER`, since there is no folder to read it from. Files
   * given as options (`peoplePath`, …) are still read.
   */
  entryHasNoFolder?: boolean;
  /** A roster CSV read instead of the school file's `people` (a path for the reader, as given). */
  peoplePath?: string;
  /** A channel inventory CSV read instead of the school file's `channels`. */
  channelsPath?: string;
  /** An answers file (`attest`) read instead of the school file's `attestations`. */
  attestationsPath?: string;
}

export interface LoadCounts {
  people: number;
  channels: number;
  documents: number;
  admins: number;
  classes: number;
}

export interface LoadResult {
  /** Present only when there are no error diagnostics. */
  input?: AuditInput;
  diagnostics: Diagnostic[];
  counts: LoadCounts;
}

/** What each parser returns: the value read (possibly partial), problems, and positions. */
export interface ParseResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
  /** Place of the value at a JSON pointer of `value`; the nearest enclosing place when not exact. */
  locate: (pointer: string) => SourceLocation | undefined;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 100;
export const DEFAULT_MAX_DEPTH = 32;
