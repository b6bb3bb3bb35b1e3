// Precision and recall of a detector function over a labelled corpus. A prediction is right when
// it has the label's kind and overlaps the label's span; each label is matched at most once.

/**
 * `kinds` is the scanner's own list (SCAN_KINDS), passed in by the caller so that this file, read by
 * both the bench (dist/) and the tests (src/), keeps no copy of it.
 */
export function evaluate(corpus, detect, kinds) {
  const per = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes = [];
  for (const { text, labels } of corpus) {
    const predicted = detect(text);
    const used = new Set();
    for (const p of predicted) {
      const i = labels.findIndex(
        (l, j) => !used.has(j) && l.kind === p.kind && p.start < l.end && l.start < p.end,
      );
      if (i >= 0) {
        used.add(i);
        per[p.kind].tp += 1;
      } else {
        per[p.kind].fp += 1;
        mistakes.push({ type: 'fp', kind: p.kind, text });
      }
    }
    labels.forEach((l, j) => {
      if (!used.has(j)) {
        per[l.kind].fn += 1;
        mistakes.push({ type: 'fn', kind: l.kind, text });
      }
    });
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const rows = kinds.map((kind) => {
    const { tp, fp, fn } = per[kind];
    return { kind, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
  });
  const tp = rows.reduce((s, x) => s + x.tp, 0);
  const fp = rows.reduce((s, x) => s + x.fp, 0);
  const fn = rows.reduce((s, x) => s + x.fn, 0);
  return {
    rows,
    overall: { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    mistakes,
  };
}
