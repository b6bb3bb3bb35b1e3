/** Finds the known key closest to a mistyped one, or undefined when nothing is close enough. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  // Edit distance is quadratic; nothing that long is a typo of a key.
  if (key.length > 100) return undefined;
  const norm = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const target = norm(key);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(target, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(target.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The `count` known ids nearest to `key` by edit distance (ties by order given), for «did you mean». */
export function closestIds(key: string, known: readonly string[], count = 3): string[] {
  const target = key.slice(0, 100).toLowerCase();
  return known
    .map((id, i) => ({ id, i, d: editDistance(target, id.slice(0, 100).toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, count)
    .map((x) => x.id);
}
