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

/** True for `/x`, `\x`, `C:\x`, `C:/x` and `\\server\share`: paths that ignore the folder they are read from. */
export function isAbsolutePath(path: string): boolean {
  return /^[\\/]/.test(path) || /^[A-Za-z]:/.test(path);
}

/** Whether `path` is `root` or below it, comparing normalised `/` paths (no file system involved). */
export function isInsidePath(root: string, path: string): boolean {
  const r = normalizePath(root);
  const p = normalizePath(path);
  if (isAbsolutePath(r) !== isAbsolutePath(p)) return false;
  if (r === '.') return p !== '..' && !p.startsWith('../');
  if (r === '/') return true;
  return p === r || p.startsWith(`${r}/`);
}
