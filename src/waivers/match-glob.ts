/**
 * Waiver patterns are globs with only `*` (any run of characters, also none) and `?` (exactly one
 * character). Everything else is literal: ids contain dots and dashes (`SFR-2.3-*`) that must not
 * turn into regular-expression syntax, and user input must never become a RegExp as written.
 */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

export function globToRegExp(glob: string): RegExp {
  let source = '^';
  for (const ch of glob) {
    if (ch === '*') source += '.*';
    else if (ch === '?') source += '.';
    else source += ch.replace(SYNTAX, '\\$&');
  }
  return new RegExp(`${source}$`, 'su');
}

function isGlob(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

export function matchGlob(glob: string, value: string): boolean {
  if (!isGlob(glob)) return glob === value;
  return globToRegExp(glob).test(value);
}
