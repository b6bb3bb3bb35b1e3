import type { LabelledMessage } from './generate.mjs';
export interface Row {
  kind: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export function evaluate(
  corpus: LabelledMessage[],
  detect: (text: string) => { kind: string; start: number; end: number }[],
  kinds: readonly string[],
): { rows: Row[]; overall: Omit<Row, 'kind'>; mistakes: { type: 'fp' | 'fn'; kind: string; text: string }[] };
