import { InvalidArgumentError } from 'commander';
import type { Language, Severity } from '../model/vocabulary.js';

export type FailOn = Severity | 'none';
const FAIL_ON_VALUES: readonly FailOn[] = ['critical', 'high', 'medium', 'low', 'info', 'none'];
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** True when a finding of `severity` reaches the `--fail-on` threshold. */
export function reachesThreshold(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

/** The language of option errors: set by `main` from `--lang` before parsing (one run at a time). */
let messageLanguage: Language = 'ru';
export function setMessageLanguage(language: Language): void {
  messageLanguage = language;
}
export function getMessageLanguage(): Language {
  return messageLanguage;
}

function choice<T extends string>(_name: string, allowed: readonly T[]) {
  return (value: string): T => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(
      messageLanguage === 'ru'
        ? `допустимо: ${allowed.join(', ')} (получено «${value}»)`
        : `allowed: ${allowed.join(', ')} (got «${value}»)`,
    );
  };
}

export const parseFailOn = choice<FailOn>('--fail-on', FAIL_ON_VALUES);
export const parseLanguage = choice<Language>('--lang', ['ru', 'en']);
export const parseEngine = choice<'compiled' | 'reference'>('--engine', ['compiled', 'reference']);
export function parseFormat<T extends string>(allowed: readonly T[]) {
  return choice<T>('--format', allowed);
}

/** `--as-of`: a real calendar date written as YYYY-MM-DD. */
export function parseAsOf(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [, y, m, d] = match.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return value;
    }
  }
  throw new InvalidArgumentError(
    messageLanguage === 'ru'
      ? `ожидается дата в формате ГГГГ-ММ-ДД, например 2025-03-01 (получено «${value}»)`
      : `expected a date YYYY-MM-DD, e.g. 2025-03-01 (got «${value}»)`,
  );
}

/** Repeatable options (`--rules A --rules B`) collect into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
