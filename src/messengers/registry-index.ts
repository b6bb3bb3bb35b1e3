import type { MessengerEntry, MessengerRegistry } from './types.js';
import { aliasWords, inflections, prepareText } from './normalize-text.js';

/** Lookup tables of one registry; built once per registry object (see `registryIndex`). */
export interface RegistryIndex {
  readonly entries: readonly MessengerEntry[];
  /** A word as typed (after folding) → its canonical word (case forms map to the base form). */
  readonly canon: ReadonlyMap<string, string>;
  /** Canonical words joined by one space → entry index. */
  readonly phrases: ReadonlyMap<string, number>;
  /** An alias with its spaces removed («whatsapp» for «whats app») → entry index. */
  readonly compact: ReadonlyMap<string, number>;
  /** Lower-case entry id → entry index. */
  readonly ids: ReadonlyMap<string, number>;
  /** Host name → entry index. */
  readonly domains: ReadonlyMap<string, number>;
  /** Scheme with its colon (`tg:`) → entry index. */
  readonly schemes: ReadonlyMap<string, number>;
  /** Entries meant by naming several others together (`impliedBy`), with those ids. */
  readonly implied: readonly { entry: number; ids: readonly string[] }[];
  /** Longest alias, in words. */
  readonly maxWords: number;
  readonly isKnownWord: (w: string) => boolean;
}

// Words shorter than this only match as whole words; joining split words («вотс ап») into an
// alias needs at least this many letters so «т г» or «w a» never become «тг» / «wa».
export const MIN_JOINED_LENGTH = 5;
const MAX_WORDS = 6;

const cache = new WeakMap<MessengerRegistry, RegistryIndex>();

/** The index of a registry, built on first use and cached for the registry object's lifetime. */
export function registryIndex(registry: MessengerRegistry): RegistryIndex {
  let idx = cache.get(registry);
  if (!idx) {
    idx = buildIndex(registry.entries);
    cache.set(registry, idx);
  }
  return idx;
}

/** Normalised key of an alias with spaces removed: the form duplicates are detected by. */
export function compactAlias(alias: string): string {
  return aliasWords(alias).join('');
}

export function normalizeHost(host: string): string {
  return prepareText(host).replace(/\.$/, '');
}

// long-function: builds every lookup table of the registry in one pass over its entries
export function buildIndex(entries: readonly MessengerEntry[]): RegistryIndex {
  // 1. Every word of every alias, as written.
  const explicit = new Set<string>();
  const aliasWordLists: { entry: number; words: string[] }[] = [];
  entries.forEach((entry, i) => {
    for (const alias of entry.aliases) {
      const words = aliasWords(alias);
      if (words.length === 0) continue;
      aliasWordLists.push({ entry: i, words });
      for (const w of words) explicit.add(w);
    }
  });

  // 2. Explicit words that are case forms of one another («школа», «школе») share one canonical
  //    word, so «в школе» and «электронной школе» both reach their aliases. Union-find; the
  //    canonical word of a class is its shortest (then alphabetically first) member.
  const parent = new Map<string, string>();
  const find = (w: string): string => {
    let r = w;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(w, r);
    return r;
  };
  const better = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a < b);
  for (const w of explicit) parent.set(w, w);
  const generated = new Map<string, Set<string>>();
  for (const w of explicit) {
    for (const f of inflections(w)) {
      if (explicit.has(f)) {
        const ra = find(w);
        const rb = find(f);
        if (ra !== rb) {
          if (better(ra, rb)) parent.set(rb, ra);
          else parent.set(ra, rb);
        }
      } else {
        let set = generated.get(f);
        if (!set) generated.set(f, (set = new Set()));
        set.add(w);
      }
    }
  }
  const canon = new Map<string, string>();
  for (const w of explicit) canon.set(w, find(w));
  for (const [form, bases] of generated) {
    const roots = new Set([...bases].map(find));
    // A form two unrelated words could produce is ambiguous: it matches neither.
    if (roots.size === 1) canon.set(form, [...roots][0]!);
  }
  // 3. Declared non-aliases are their own words and never reach an alias.
  const blockedPhrases = new Set<string>();
  for (const entry of entries) {
    for (const na of entry.notAliases ?? []) {
      const words = aliasWords(na);
      if (words.length === 1) canon.set(words[0]!, words[0]!);
      else if (words.length > 1) blockedPhrases.add(words.join(' '));
    }
  }
  const canonWord = (w: string): string => canon.get(w) ?? w;

  // 4. Phrases and compact forms. Later entries win on a clash: an overlay appended by
  //    `extendRegistry` may take an alias over on purpose (`parseRegistry` reports clashes).
  const phrases = new Map<string, number>();
  const compact = new Map<string, number>();
  let maxWords = 1;
  for (const { entry, words } of aliasWordLists) {
    const key = words.map(canonWord).join(' ');
    if (blockedPhrases.has(key)) continue;
    phrases.set(key, entry);
    compact.set(words.join(''), entry);
    maxWords = Math.max(maxWords, Math.min(words.length, MAX_WORDS));
  }

  const ids = new Map<string, number>();
  const domains = new Map<string, number>();
  const schemes = new Map<string, number>();
  entries.forEach((entry, i) => {
    ids.set(entry.id.toLowerCase(), i);
    for (const d of entry.domains) domains.set(normalizeHost(d), i);
    for (const s of entry.schemes ?? []) schemes.set(s.toLowerCase().replace(/:?$/, ':'), i);
  });

  const implied: { entry: number; ids: string[] }[] = [];
  entries.forEach((entry, i) => {
    if (entry.impliedBy && entry.impliedBy.length > 0) implied.push({ entry: i, ids: [...entry.impliedBy] });
  });

  return {
    entries,
    implied,
    canon,
    phrases,
    compact,
    ids,
    domains,
    schemes,
    maxWords: Math.max(maxWords, 4),
    isKnownWord: (w) => canon.has(w) || compact.has(w),
  };
}
