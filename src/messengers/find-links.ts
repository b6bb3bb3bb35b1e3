import type { RegistryIndex } from './registry-index.js';

/** One link-like piece of text and the registry entry it proves, if any. */
export interface LinkHit {
  /** Entry index in the registry, when the link belongs to a service. */
  entry?: number;
  /** What identified it: the host (never the path: paths carry phone numbers) or the scheme. */
  evidence: string;
  /** Character offset of the piece in the prepared text. */
  start: number;
  end: number;
}

// Pieces are separated by white space (what `\s` matches) and by punctuation that does not occur
// in the links people paste into an inventory («Сферум,https://…», «(t.me/+abc)»). Read character
// by character, not with /[^\s,;«»"'()<>[\]{}|]+/gu: on a cell of many megabytes that pattern was
// seen to throw «Maximum call stack size exceeded» inside the suite (test/hardening/linear-time).
const BREAKS = new Set([...',;«»"\'()<>[]{}|'].map((c) => c.charCodeAt(0)));

/** A character `\s` matches (ECMAScript WhiteSpace and LineTerminator), or a piece separator. */
function breaksPiece(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return BREAKS.has(c);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    BREAKS.has(c)
  );
}

/** The maximal runs of characters that do not break a piece, with their offsets. */
export function linkPieces(text: string): { start: number; text: string }[] {
  const pieces: { start: number; text: string }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inside = i < text.length && !breaksPiece(text.charCodeAt(i));
    if (inside && start < 0) start = i;
    else if (!inside && start >= 0) {
      pieces.push({ start, text: text.slice(start, i) });
      start = -1;
    }
  }
  return pieces;
}
// Trimmed by hand: /[.,:;!?…]+$/ tries every position of a run of dots, quadratic in its length.
const TRAILING = new Set(['.', ',', ':', ';', '!', '?', '…']);
const SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/s;
const EMAIL = /^[^@\s/]+@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63})$/u;
const BARE_HOST =
  /^((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,63}))(?::\d{1,5})?([/?#].*)?$/u;

// Without a scheme, «Telegram.Канал» or «WhatsApp.group» are words, not hosts. A bare piece is a
// link only with `www.`, a path, a registry domain, or a top-level domain people actually use.
const COMMON_TLDS = new Set([
  'ru',
  'su',
  'рф',
  'рус',
  'com',
  'org',
  'net',
  'info',
  'me',
  'gg',
  'io',
  'edu',
  'gov',
  'app',
  'dog',
  'id',
  'ly',
  'co',
  'to',
  'us',
  'link',
  'site',
  'online',
  'pro',
  'biz',
  'club',
  'online',
  'онлайн',
  'сайт',
  'москва',
  'moscow',
  'spb',
  'school',
  'ch',
  'de',
  'uk',
  'kz',
  'by',
  'ua',
  'uz',
]);

function hostEntry(host: string, idx: RegistryIndex): number | undefined {
  // Walk the host's suffixes on label boundaries: chat.whatsapp.com → whatsapp.com → com. A
  // lookalike (nottelegram.com, telegram.org.example.com) never equals a registered suffix.
  let h = host;
  for (;;) {
    const hit = idx.domains.get(h);
    if (hit !== undefined) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

function pathAllowed(path: string, prefixes: readonly string[] | undefined): boolean {
  if (!prefixes || prefixes.length === 0) return true;
  const p = path === '' ? '/' : path;
  return prefixes.some((pre) => {
    const q = pre.toLowerCase();
    if (q.endsWith('/')) return p.startsWith(q);
    return p === q || p.startsWith(q + '/');
  });
}

function webHit(host: string, rest: string, idx: RegistryIndex): { entry?: number; evidence: string } {
  const clean = host.replace(/\.$/, '');
  const entry = hostEntry(clean, idx);
  if (entry === undefined) return { evidence: clean };
  const path = (rest.match(/^[^?#]*/)?.[0] ?? '').replace(/\/{2,}/g, '/');
  if (!pathAllowed(path, idx.entries[entry]?.linkPaths)) return { evidence: clean };
  return { entry, evidence: clean };
}

function parseAuthority(afterSlashes: string): { host: string; rest: string } {
  const end = afterSlashes.search(/[/?#]/);
  const authority = end < 0 ? afterSlashes : afterSlashes.slice(0, end);
  const rest = end < 0 ? '' : afterSlashes.slice(end);
  const noUser = authority.slice(authority.lastIndexOf('@') + 1);
  const host = noUser.replace(/:\d*$/, '');
  return { host, rest };
}

/** Classifies one piece; undefined when the piece is an ordinary word. */
function classify(piece: string, idx: RegistryIndex): { entry?: number; evidence: string } | undefined {
  const scheme = SCHEME.exec(piece);
  if (scheme) {
    const name = scheme[1]!;
    const rest = scheme[2]!;
    if (rest.startsWith('//')) {
      const { host, rest: path } = parseAuthority(rest.slice(2));
      if (name === 'http' || name === 'https') return webHit(host, path, idx);
      const entry = idx.schemes.get(name + ':');
      if (entry !== undefined) return { entry, evidence: name + ':' };
      // An unknown app scheme with an authority (intent://t.me/…) is still a link; its host is
      // not trusted as the service, and its words are not read as aliases either.
      return { evidence: name + ':' };
    }
    const entry = idx.schemes.get(name + ':');
    // «skype:live:abc», «tel:+7…», «mailto:…». «telegram:» followed by nothing is a label.
    if (entry !== undefined && rest.length > 0) return { entry, evidence: name + ':' };
  }
  const email = EMAIL.exec(piece);
  if (email) {
    const entry = idx.schemes.get('mailto:');
    return entry === undefined ? { evidence: 'mailto:' } : { entry, evidence: 'mailto:' };
  }
  const bare = BARE_HOST.exec(piece);
  // A label that mixes Latin and Cyrillic is no registrable host name: it is a word typed with a
  // lookalike letter («Dnеvnik.ru» with a Cyrillic е) and is read as words.
  if (bare && !bare[1]!.split('.').some((l) => /[a-z]/.test(l) && /[\u0400-\u04ff]/.test(l))) {
    const host = bare[1]!;
    const tld = bare[2]!;
    const rest = bare[3] ?? '';
    const looksLikeLink =
      host.startsWith('www.') ||
      rest.length > 0 ||
      COMMON_TLDS.has(tld) ||
      hostEntry(host, idx) !== undefined;
    if (looksLikeLink) return webHit(host, rest, idx);
  }
  return undefined;
}

/**
 * Finds link-like pieces (URLs with or without a scheme, app schemes, e-mail addresses) in
 * prepared text. Their whole span is excluded from alias matching: a school site whose path
 * mentions «telegram» names no messenger.
 */
export function findLinks(prepared: string, idx: RegistryIndex): LinkHit[] {
  const hits: LinkHit[] = [];
  if (!/[.:@]/.test(prepared)) return hits;
  for (const m of linkPieces(prepared)) {
    const raw = m.text;
    if (!/[.:@]/.test(raw)) continue;
    let cut = raw.length;
    while (cut > 0 && TRAILING.has(raw[cut - 1]!)) cut--;
    const piece = raw.slice(0, cut);
    if (piece.length === 0) continue;
    const hit = classify(piece, idx);
    if (hit) hits.push({ ...hit, start: m.start, end: m.start + piece.length });
  }
  return hits;
}
