import type { MessengerEntry, MessengerRegistry, MessengerStatus, PlatformMatch } from './types.js';
import { findLinks } from './find-links.js';
import { foldHomoglyphs, prepareText, splitWords } from './normalize-text.js';
import { MIN_JOINED_LENGTH, registryIndex, type RegistryIndex } from './registry-index.js';
import { append } from '../util/append.js';

interface Candidate {
  entry: number;
  by: 'id' | 'alias' | 'link';
  evidence: string;
  /** Order of appearance (text first, then the separate link). */
  pos: number;
}

/**
 * Which named service decides a channel's status when its text names several. A prohibited
 * service wins outright: the regulation (2.final) forbids using it with participants at all, so a
 * channel that is «Сферум, дубль в WhatsApp» is still a WhatsApp channel. An unclassified foreign
 * service comes next (someone must look at it), then the educational platform, then merely
 * allowed ones (a Sferum chat that is also announced by e-mail is a Sferum chat).
 */
const RANK: Readonly<Record<MessengerStatus, number>> = {
  prohibited: 4,
  unknown: 3,
  educational: 2,
  allowed: 1,
};

function rankOf(c: Candidate, entries: readonly MessengerEntry[]): number {
  return RANK[entries[c.entry]!.status];
}

function pickBest(cands: readonly Candidate[], entries: readonly MessengerEntry[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of cands) {
    if (!best || rankOf(c, entries) > rankOf(best, entries)) best = c;
  }
  return best;
}

// Marks where a link was cut out of the text, so the words on its two sides never join into one
// phrase. It is not a letter or digit, so no alias can contain it.
const BARRIER = '\u0000';

function textCandidates(words: readonly string[], idx: RegistryIndex, out: Candidate[]): void {
  const canonWords = words.map((w) => idx.canon.get(w) ?? w);
  const n = words.length;
  let i = 0;
  while (i < n) {
    if (words[i] === BARRIER) {
      i++;
      continue;
    }
    let matched = 0;
    for (let k = Math.min(idx.maxWords, n - i); k >= 1 && matched === 0; k--) {
      let hasBarrier = false;
      for (let j = i; j < i + k; j++) if (words[j] === BARRIER) hasBarrier = true;
      if (hasBarrier) continue;
      // The phrase as written, case forms folded: «учебном профиле» → «учебный профиль».
      const phrase = k === 1 ? canonWords[i]! : canonWords.slice(i, i + k).join(' ');
      let hit = idx.phrases.get(phrase);
      let evidence = phrase;
      if (hit === undefined) {
        // One alias split or glued differently: «вотс ап», «msteams», «what's app».
        const joined = k === 1 ? words[i]! : words.slice(i, i + k).join('');
        if (k === 1 || joined.length >= MIN_JOINED_LENGTH) {
          const asWord = idx.canon.get(joined);
          hit = (asWord !== undefined ? idx.phrases.get(asWord) : undefined) ?? idx.compact.get(joined);
          evidence = joined;
        }
      }
      if (hit !== undefined) {
        out.push({ entry: hit, by: 'alias', evidence, pos: out.length });
        matched = k;
      }
    }
    i += matched > 0 ? matched : 1;
  }
}

function collect(text: string, idx: RegistryIndex, out: Candidate[], words: boolean): void {
  const prepared = prepareText(text);
  const links = findLinks(prepared, idx);
  let rest = prepared;
  if (links.length > 0) {
    let cut = '';
    let from = 0;
    for (const l of links) {
      cut += prepared.slice(from, l.start) + ` ${BARRIER} `;
      from = l.end;
      if (l.entry !== undefined)
        out.push({ entry: l.entry, by: 'link', evidence: l.evidence, pos: out.length });
    }
    rest = cut + prepared.slice(from);
  }
  if (!words) return;
  const ws = splitWordsKeepingBarrier(rest).map((w) =>
    w === BARRIER ? w : foldHomoglyphs(w, idx.isKnownWord),
  );
  textCandidates(ws, idx, out);
}

function splitWordsKeepingBarrier(text: string): string[] {
  if (!text.includes(BARRIER)) return splitWords(text);
  const out: string[] = [];
  const parts = text.split(BARRIER);
  parts.forEach((p, i) => {
    if (i > 0) out.push(BARRIER);
    append(out, splitWords(p));
  });
  return out;
}

/**
 * Maps what an inventory says about a channel's platform — free text («чат в телеге», «WhatsАpp»
 * with a Cyrillic А, «тг-канал») and/or an invite link — to a registry entry. Never guesses: text
 * that names no registered service and a link to no registered host give `unknown` / `none`.
 * Never throws. Work per call is linear in the input length (indexes are cached per registry).
 *
 * When the text and a link disagree, the link wins (it proves the host) unless the text names a
 * prohibited service, or both name one family (a «Сферум» chat behind a vk.me link stays Sferum).
 */
export function normalizePlatform(
  platform: string,
  link: string | undefined,
  registry: MessengerRegistry,
): PlatformMatch {
  const input = typeof platform === 'string' ? platform : String(platform ?? '');
  const idx = registryIndex(registry);
  const entries = idx.entries;

  const textCands: Candidate[] = [];
  const idHit = idx.ids.get(input.trim().toLowerCase());
  if (idHit !== undefined)
    textCands.push({ entry: idHit, by: 'id', evidence: input.trim().toLowerCase(), pos: 0 });
  else collect(input, idx, textCands, true);

  const linkCands: Candidate[] = [];
  if (typeof link === 'string' && link.trim() !== '') {
    collect(link, idx, linkCands, false);
    // A link field that holds no URL at all («t.me» stripped of everything, or a bare scheme) is
    // still only a link field: its words are not read as aliases.
  }
  // Links pasted into the platform text are link evidence too.
  const textLinks = textCands.filter((c) => c.by === 'link');
  const textWords = textCands.filter((c) => c.by !== 'link');
  const allLinks = [...linkCands, ...textLinks];

  const t = pickBest(textWords, entries);
  const l = pickBest(allLinks, entries);
  const winner = decide(t, l, entries);

  const named: string[] = [];
  for (const c of [...textCands, ...linkCands]) {
    const id = entries[c.entry]!.id;
    if (!named.includes(id)) named.push(id);
  }
  if (!winner) return { input, status: 'unknown', matchedBy: 'none' };
  const combined = impliedEntry(named, entries[winner.entry]!, idx);
  if (combined !== undefined) {
    const entry = entries[combined]!;
    const also = named.filter((id) => id !== entry.id);
    const match: PlatformMatch = {
      input,
      entry,
      status: entry.status,
      matchedBy: 'context',
      evidence: entry.impliedBy!.join(' + '),
    };
    if (also.length > 0) match.alsoNamed = also;
    return match;
  }
  const entry = entries[winner.entry]!;
  const also = named.filter((id) => id !== entry.id);
  const match: PlatformMatch = {
    input,
    entry,
    status: entry.status,
    matchedBy: winner.by,
    evidence: winner.evidence,
  };
  if (also.length > 0) match.alsoNamed = also;
  return match;
}

/**
 * The entry that the named services mean together («Сферум» + MAX → Sferum in MAX), unless the
 * winner is a prohibited service (that decides alone) or already that entry.
 */
function impliedEntry(
  named: readonly string[],
  winner: MessengerEntry,
  idx: RegistryIndex,
): number | undefined {
  if (winner.status === 'prohibited') return undefined;
  for (const { entry, ids } of idx.implied) {
    if (idx.entries[entry]!.id === winner.id) return undefined;
    if (ids.includes(winner.id) && ids.every((id) => named.includes(id))) return entry;
  }
  return undefined;
}

function decide(
  t: Candidate | undefined,
  l: Candidate | undefined,
  entries: readonly MessengerEntry[],
): Candidate | undefined {
  if (!t) return l;
  if (!l) return t;
  const te = entries[t.entry]!;
  const le = entries[l.entry]!;
  if (le.status === 'prohibited') return l;
  if (te.status === 'prohibited') return t;
  const sameFamily = (te.family ?? te.id) === (le.family ?? le.id);
  if (sameFamily) return RANK[te.status] > RANK[le.status] ? t : l;
  return l;
}
