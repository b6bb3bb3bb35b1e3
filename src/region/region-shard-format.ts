import { stableStringify } from '../model/stable-json.js';
import type { Language } from '../model/vocabulary.js';
import type { RegionRunInfo, SchoolResult } from './types.js';

/** The `format` field of a shard file's first line; `version` changes on any incompatible change. */
export const SHARD_FORMAT = 'sferum-compliance/region-shard';
export const SHARD_FORMAT_VERSION = 1;

/** The first line of a shard file: which slice of which listing, and the run every shard shares. */
export interface ShardHeader {
  type: 'shard';
  format: typeof SHARD_FORMAT;
  version: number;
  /** 1-based `index` of `count`. */
  shard: { index: number; count: number };
  /** The whole listing the shards were cut from: its size and fingerprint. */
  region: { schools: number; listing: string };
  /** What the summary says about the run (tool, catalog, registry, as-of, engine, diagnostics…). */
  run: RegionRunInfo;
  /** How many worst schools the summary lists. */
  worst: number;
  /** The language the outputs are written in, and the effective exit threshold. */
  language: Language;
  failOn: string;
  /** Whether undetermined clauses fail a school too (absent in shards written before it existed: false). */
  failOnUndetermined?: boolean;
}

/** One school of the shard, at its place in the whole listing. */
export interface ShardSchoolLine {
  type: 'school';
  position: number;
  result: SchoolResult;
}

/** The last line: how many schools the shard holds (a cut-off file has no such line). */
export interface ShardEndLine {
  type: 'end';
  schools: number;
}

export type ShardLine = ShardHeader | ShardSchoolLine | ShardEndLine;

export function formatShardHeader(header: Omit<ShardHeader, 'type' | 'format' | 'version'>): string {
  return `${stableStringify({ type: 'shard', format: SHARD_FORMAT, version: SHARD_FORMAT_VERSION, ...header }, 0)}\n`;
}

export function formatShardSchool(position: number, result: SchoolResult): string {
  return `${stableStringify({ type: 'school', position, result }, 0)}\n`;
}

export function formatShardEnd(schools: number): string {
  return `${stableStringify({ type: 'end', schools }, 0)}\n`;
}
