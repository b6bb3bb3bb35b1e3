// Generators of FAKE Russian identifiers with valid check digits, and of near-miss decoys.
// Independent of src/ on purpose: the detectors are measured against these, not against themselves.

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
    chance: (p) => next() < p,
  };
}

const sumW = (d, w) => w.reduce((s, wi, i) => s + wi * Number(d[i]), 0);

export function snilsControl(nine) {
  const s = sumW(nine, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  if (s < 100) return s;
  if (s === 100 || s === 101) return 0;
  const r = s % 101;
  return r === 100 ? 0 : r;
}

export function snils(r) {
  let nine;
  do nine = r.digits(9);
  while (Number(nine) <= 1001998 || /^(\d)\1+$/.test(nine));
  return nine + String(snilsControl(nine)).padStart(2, '0');
}

export const fmtSnils = (s) => `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}`;

const innC = (d, w) => (sumW(d, w) % 11) % 10;
const REGIONS = ['54', '77', '50', '78', '66', '02', '16', '24', '38', '42', '55', '22'];

export function inn10(r) {
  const d = r.pick(REGIONS) + r.digits(7);
  return d + innC(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

export function inn12(r) {
  let d = r.pick(REGIONS) + r.digits(8);
  d += innC(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return d + innC(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

const bigMod = (s, m) => [...s].reduce((acc, c) => (acc * 10 + Number(c)) % m, 0);

export function ogrn(r) {
  const d = r.pick(['1', '5']) + String(r.int(2, 24)).padStart(2, '0') + r.pick(REGIONS) + r.digits(7);
  return d + (bigMod(d, 11) % 10);
}

export function ogrnip(r) {
  const d = '3' + String(r.int(4, 24)).padStart(2, '0') + r.pick(REGIONS) + r.digits(9);
  return d + (bigMod(d, 13) % 10);
}

export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

export function card(r, length = 16) {
  const body = r.pick(['2202', '2200', '4276', '5469', '4279', '5536']) + r.digits(length - 5);
  return body + luhnDigit(body);
}

export const fmtCard = (c, sep = ' ') => c.match(/.{1,4}/g).join(sep);

export const BIKS = ['045004641', '045004774', '044525225', '044525974', '045004763', '044030653'];

export function accountKey(bik, acc20withZeroKey) {
  const all = bik.slice(6) + acc20withZeroKey;
  const w = [7, 1, 3];
  let sum = 0;
  for (let i = 0; i < 23; i += 1) sum += (Number(all[i]) * w[i % 3]) % 10;
  // The key is digit 9 of the account: pick it so that the weighted sum ends in 0 (its weight is 3).
  const rest = sum % 10;
  for (let k = 0; k < 10; k += 1) if ((rest + ((k * 3) % 10)) % 10 === 0) return k;
  return 0;
}

export function account(r, bik) {
  const prefix = r.pick(['40817810', '40702810', '40802810', '40703810']);
  const tail = r.digits(11);
  const zero = `${prefix}0${tail}`;
  return `${prefix}${accountKey(bik, zero)}${tail}`;
}

export function passport(r) {
  const region = String(r.int(1, 99)).padStart(2, '0');
  const year = r.pick(['03', '06', '09', '10', '12', '14', '15', '17', '18', '19', '20', '21', '22', '23']);
  return { series: region + year, number: String(r.int(100000, 999999)) };
}

export function mobile(r) {
  return `9${r.digits(2)}${r.digits(7)}`;
}

export function fmtPhone(r, ten) {
  const a = ten.slice(0, 3),
    b = ten.slice(3, 6),
    c = ten.slice(6, 8),
    d = ten.slice(8);
  return r.pick([
    `+7 (${a}) ${b}-${c}-${d}`,
    `+7 ${a} ${b}-${c}-${d}`,
    `8 ${a} ${b} ${c} ${d}`,
    `8(${a})${b}-${c}-${d}`,
    `+7${ten}`,
    `8${ten}`,
    `8-${a}-${b}-${c}-${d}`,
  ]);
}

/** Breaks a check digit: the same shape, a wrong checksum. */
export function breakLast(value, validate) {
  for (let k = 1; k < 10; k += 1) {
    const d = (Number(value.at(-1)) + k) % 10;
    const v = value.slice(0, -1) + d;
    if (!validate || !validate(v)) return v;
  }
  return value;
}
