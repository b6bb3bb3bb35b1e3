export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  digits(n: number): string;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;
export function snilsControl(nine: string): number;
export function snils(r: Rng): string;
export function fmtSnils(s: string): string;
export function inn10(r: Rng): string;
export function inn12(r: Rng): string;
export function ogrn(r: Rng): string;
export function ogrnip(r: Rng): string;
export function luhnDigit(body: string): number;
export function card(r: Rng, length?: number): string;
export function fmtCard(c: string, sep?: string): string;
export const BIKS: readonly string[];
export function accountKey(bik: string, acc20withZeroKey: string): number;
export function account(r: Rng, bik: string): string;
export function passport(r: Rng): { series: string; number: string };
export function mobile(r: Rng): string;
export function fmtPhone(r: Rng, ten: string): string;
export function breakLast(value: string, validate?: (v: string) => boolean): string;
