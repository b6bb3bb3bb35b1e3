import { maskValue } from '../privacy/mask.js';
import { type Detection, type Detector, DETECTORS, viewOf } from './detectors/index.js';
import type { TextDetection } from './types.js';

const RANK = new Map(DETECTORS.map((d, i) => [d.kind, i]));

function rank(d: Detection): number {
  // The QR container always wins; otherwise high confidence beats medium, then detector order.
  if (d.kind === 'payment-qr') return -1;
  return (d.confidence === 'high' ? 0 : 100) + (RANK.get(d.kind) ?? 50);
}

/**
 * Resolves overlaps: one stretch of text is one identifier. Payment wording is independent of
 * identifiers (a request can contain a card number), except inside a QR string; a message counts
 * as one payment document however many phrases it has.
 */
function resolve(all: Detection[]): Detection[] {
  const identifiers = all.filter((d) => d.kind !== 'payment-document').sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const kept: Detection[] = [];
  for (const d of identifiers) {
    if (kept.some((k) => d.start < k.end && k.start < d.end)) continue;
    kept.push(d);
  }
  const qr = kept.filter((d) => d.kind === 'payment-qr');
  const payment = all
    .filter((d) => d.kind === 'payment-document' && !qr.some((q) => d.start >= q.start && d.end <= q.end))
    .sort((a, b) => (a.confidence === b.confidence ? a.start - b.start : a.confidence === 'high' ? -1 : 1));
  if (payment[0]) kept.push(payment[0]);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function detectInText(text: string, detectors: readonly Detector[] = DETECTORS): TextDetection[] {
  if (text.length === 0) return [];
  const view = viewOf(text);
  const all: Detection[] = [];
  for (const detector of detectors) all.push(...detector.detect(view));
  return resolve(all).map((d) => ({
    kind: d.kind,
    start: d.start,
    end: d.end,
    masked: d.masked ?? maskValue(d.value, d.keep ?? 2),
    detector: d.detector,
    confidence: d.confidence,
  }));
}

/** Runs every detector over one message; offsets are UTF-16 indices into `text`. */
export function scanText(text: string): TextDetection[] {
  return detectInText(text);
}
