import { maskValue } from '../privacy/mask.js';
import { type Detection, type Detector, DETECTORS, NONE, viewOf } from './detectors/index.js';
import type { TextDetection } from './types.js';

const RANK = new Map(DETECTORS.map((d, i) => [d.kind, i]));

function rank(d: Detection): number {
  // The QR container always wins; otherwise high confidence beats medium, then detector order.
  if (d.kind === 'payment-qr') return -1;
  return (d.confidence === 'high' ? 0 : 100) + (RANK.get(d.kind) ?? 50);
}

/** Index of the first of `sorted` (disjoint, in text order) that ends after `pos`. */
function firstEndingAfter(sorted: readonly Detection[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Resolves overlaps: one stretch of text is one identifier. Payment wording is independent of
 * identifiers (a request can contain a card number), except inside a QR string; a message counts
 * as one payment document however many phrases it has. Detections are taken rank by rank, each
 * checked against the kept ones by binary search: a message with 100 000 hits stays fast.
 */
export function resolveOverlaps(all: Detection[]): Detection[] {
  const identifiers = all
    .filter((d) => d.kind !== 'payment-document')
    .sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  let kept: Detection[] = [];
  for (let i = 0; i < identifiers.length; ) {
    const groupRank = rank(identifiers[i]!);
    const accepted: Detection[] = [];
    for (; i < identifiers.length && rank(identifiers[i]!) === groupRank; i++) {
      const d = identifiers[i]!;
      const k = kept[firstEndingAfter(kept, d.start)];
      if (k && k.start < d.end) continue;
      const last = accepted[accepted.length - 1];
      if (last && last.end > d.start) continue;
      accepted.push(d);
    }
    kept = mergeByStart(kept, accepted);
  }
  const qr = kept.filter((d) => d.kind === 'payment-qr');
  const insideQr = (d: Detection): boolean => {
    const q = qr[firstEndingAfter(qr, d.start)];
    return q !== undefined && d.start >= q.start && d.end <= q.end;
  };
  let payment: Detection | undefined;
  for (const d of all) {
    if (d.kind !== 'payment-document' || insideQr(d)) continue;
    if (
      !payment ||
      (d.confidence === payment.confidence ? d.start < payment.start : d.confidence === 'high')
    ) {
      payment = d;
    }
  }
  if (payment) kept = mergeByStart(kept, [payment]);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Merges two lists in text order. */
function mergeByStart(a: readonly Detection[], b: readonly Detection[]): Detection[] {
  if (b.length === 0) return a as Detection[];
  const out: Detection[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * `resolveOverlaps` for the common case: no payment wording (the one kind kept whatever overlaps
 * it, at most once a message) and no two detections sharing a character, so every detection
 * stays. Returns undefined when that is not so. Same result, without the sorting by rank and the
 * searches (test/scan/resolve-overlaps.test.ts compares the two).
 */
export function resolveDisjoint(all: Detection[]): Detection[] | undefined {
  let inOrder = true;
  for (let i = 0; i < all.length; i++) {
    if (all[i]!.kind === 'payment-document') return undefined;
    if (i > 0 && byPosition(all[i - 1]!, all[i]!) > 0) inOrder = false;
  }
  // Detectors report in text order, and most messages hit one detector: usually nothing to sort.
  const sorted = inOrder ? all : all.slice().sort(byPosition);
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.end > sorted[i]!.start) return undefined;
  return sorted;
}

function byPosition(a: Detection, b: Detection): number {
  return a.start - b.start || a.end - b.end;
}

/** Every detection of the message that survives overlap resolution, in text order, unmasked. */
export function detectRaw(text: string, detectors: readonly Detector[] = DETECTORS): readonly Detection[] {
  if (text.length === 0) return NONE;
  const view = viewOf(text);
  let all: Detection[] | undefined;
  for (const detector of detectors) {
    const found = detector.detect(view);
    if (found.length === 0) continue;
    // A detector's array is its own to give (see Detector): no copy.
    if (all === undefined) all = found as Detection[];
    else for (const d of found) all.push(d);
  }
  // Most messages have nothing: no overlap to resolve, nothing to allocate.
  if (all === undefined) return NONE;
  return resolveDisjoint(all) ?? resolveOverlaps(all);
}

/** The masked form of a detection: computed only for what is printed. */
export function maskedOf(d: Detection): string {
  return d.masked ?? maskValue(d.value, d.keep ?? 2);
}

export function detectInText(text: string, detectors: readonly Detector[] = DETECTORS): TextDetection[] {
  return detectRaw(text, detectors).map((d) => ({
    kind: d.kind,
    start: d.start,
    end: d.end,
    masked: maskedOf(d),
    detector: d.detector,
    confidence: d.confidence,
  }));
}

/** Runs every detector over one message; offsets are UTF-16 indices into `text`. */
export function scanText(text: string): TextDetection[] {
  return detectInText(text);
}
