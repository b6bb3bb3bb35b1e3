/**
 * POSIX-style path resolution for in-memory readers (browsers, tests). Keeps relative paths
 * relative, so diagnostics name files the way the user wrote them.
 */
export function resolveRelativePath(fromFile: string, relative: string): string {
  if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative)) return normalizePath(relative);
  const slash = Math.max(fromFile.lastIndexOf('/'), fromFile.lastIndexOf('\\'));
  const dir = slash >= 0 ? fromFile.slice(0, slash + 1) : '';
  return normalizePath(dir + relative);
}

export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}
