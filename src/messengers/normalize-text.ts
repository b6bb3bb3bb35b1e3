/**
 * Text normalisation shared by the registry index and the matcher, so both sides of every
 * comparison are folded the same way.
 */

// Zero-width characters and the soft hyphen are used (on purpose or by copy-paste) inside words;
// they are removed, not turned into separators, so «Whats\u200bApp» stays one word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** NFKC (full-width letters, ligatures), lower case, ё→е, invisible characters removed. */
export function prepareText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(/ё/g, 'е');
}

// Lower-case letters that look alike in Latin and Cyrillic. Only used inside a word that mixes
// the two scripts, so ordinary Russian or English words are never rewritten.
const CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ү: 'y',
};
const LAT_TO_CYR: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  e: 'е',
  k: 'к',
  m: 'м',
  h: 'н',
  o: 'о',
  p: 'р',
  c: 'с',
  t: 'т',
  y: 'у',
  x: 'х',
};

const LATIN = /[a-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;

function mapChars(token: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of token) out += table[ch] ?? ch;
  return out;
}

/**
 * Folds a word that mixes Latin and Cyrillic letters into one script: «whatsаpp» (Cyrillic а) →
 * «whatsapp», «тeлеграм» (Latin e) → «телеграм». When both folds are plausible, a word the
 * registry knows wins, then the script most of the letters are in.
 */
export function foldHomoglyphs(token: string, isKnown?: (t: string) => boolean): string {
  const hasLat = LATIN.test(token);
  const hasCyr = CYRILLIC.test(token);
  if (hasLat !== hasCyr) {
    // A word made only of lookalikes may have been typed in the wrong script as a whole («е-mail»
    // with a Cyrillic е, «МАХ» for MAX): take its twin only when the registry knows the twin.
    if (!isKnown || isKnown(token)) return token;
    const twin = mapChars(token, hasLat ? LAT_TO_CYR : CYR_TO_LAT);
    const pure = hasLat ? !LATIN.test(twin) : !CYRILLIC.test(twin);
    return pure && isKnown(twin) ? twin : token;
  }
  if (!hasLat) return token;
  const toLat = mapChars(token, CYR_TO_LAT);
  const toCyr = mapChars(token, LAT_TO_CYR);
  const latOk = !CYRILLIC.test(toLat);
  const cyrOk = !LATIN.test(toCyr);
  if (isKnown) {
    if (latOk && isKnown(toLat)) return toLat;
    if (cyrOk && isKnown(toCyr)) return toCyr;
  }
  if (latOk && !cyrOk) return toLat;
  if (cyrOk && !latOk) return toCyr;
  if (latOk && cyrOk) {
    let lat = 0;
    let cyr = 0;
    for (const ch of token) {
      if (LATIN.test(ch)) lat++;
      else if (CYRILLIC.test(ch)) cyr++;
    }
    return cyr > lat ? toCyr : toLat;
  }
  return token;
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Splits prepared text into words: every run of letters and digits is one word. */
export function splitWords(prepared: string): string[] {
  return prepared.split(SEPARATORS).filter((w) => w.length > 0);
}

/** Words of a registry alias, prepared and folded the same way as input text. */
export function aliasWords(alias: string): string[] {
  return splitWords(prepareText(alias)).map((w) => foldHomoglyphs(w));
}

const CYR_WORD = /^[а-я]+$/;
const LAT_WORD = /^[a-z]+$/;
const VOWELS = /[аеиоуыэюя]$/;

const ADJ_HARD = ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ою', 'ое', 'ые', 'ых', 'ыми'];
const ADJ_SOFT = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ею', 'ее', 'ие', 'их', 'ими'];
const NOUN_A = ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ам', 'ами', 'ах'];
const NOUN_YA = ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях'];
const NOUN_SOFT = ['ь', 'я', 'и', 'ю', 'е', 'ем', 'ей', 'ям', 'ями', 'ях'];
const NOUN_Y = ['й', 'я', 'ю', 'е', 'ем', 'и', 'ев', 'ям', 'ями', 'ях'];
const NOUN_IE = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'];
const NOUN_CONS = ['а', 'у', 'е', 'ом', 'ем', 'ы', 'и', 'ов', 'ам', 'ами', 'ах'];
// Cyrillic case endings typed after a Latin name («в Viberе», «WhatsAppом») fold to these.
const LATIN_CASE = ['a', 'e', 'y', 'om'];

/**
 * Russian case forms of a word, by its ending (no dictionary): «телега» → «телеге», «телегу»…;
 * «профиль» → «профиле»; «учебный» → «учебном». Over-generation is harmless (the forms only map
 * back to this word); forms shorter than four letters are not produced, so short words stay exact.
 */
export function inflections(word: string): string[] {
  const out: string[] = [];
  const add = (stem: string, endings: readonly string[]): void => {
    for (const e of endings) {
      const f = stem + e;
      if (f !== word && f.length >= 4) out.push(f);
    }
  };
  if (CYR_WORD.test(word) && word.length >= 3) {
    const last2 = word.slice(-2);
    if (word.length >= 5 && ['ый', 'ой', 'ая', 'ое'].includes(last2)) add(word.slice(0, -2), ADJ_HARD);
    else if (word.length >= 5 && ['ий', 'яя', 'ее'].includes(last2)) add(word.slice(0, -2), ADJ_SOFT);
    else if (last2 === 'ие' || last2 === 'ье') add(word.slice(0, -1), NOUN_IE);
    else if (word.endsWith('а')) add(word.slice(0, -1), NOUN_A);
    else if (word.endsWith('я')) add(word.slice(0, -1), NOUN_YA);
    else if (word.endsWith('ь')) add(word.slice(0, -1), NOUN_SOFT);
    else if (word.endsWith('й')) add(word.slice(0, -1), NOUN_Y);
    else if (!VOWELS.test(word)) add(word, NOUN_CONS);
  } else if (LAT_WORD.test(word) && word.length >= 4 && !/[aeiouy]$/.test(word)) {
    add(word, LATIN_CASE);
  }
  return out;
}
