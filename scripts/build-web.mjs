// Builds the offline page: web/app.ts and the core bundled for browsers into one classic script,
// inlined into web/index.html under a Content-Security-Policy that allows exactly that script (by
// its sha256) and inline styles, and nothing else: no fetch, no image, no font, no frame source.
// Output: dist/web/sferum-compliance.html (one file; it works opened from disk).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_PAGE = join(root, 'dist', 'web', 'sferum-compliance.html');

/**
 * The page's policy; `__HASH__` becomes the script's hash. No `'unsafe-eval'`: every JSON Schema is
 * compiled at build time (scripts/gen-validators.mjs), so the page builds no function from a string;
 * `default-src 'none'` with no `connect-src` forbids every request.
 */
export const WEB_CSP =
  "default-src 'none'; script-src '__HASH__'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

export async function buildWebPage(outFile = WEB_PAGE) {
  const result = await build({
    entryPoints: [join(root, 'web', 'app.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  // `</script` inside the bundle would end the element early; a JS string can spell it `<\/script`.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script').trimEnd();
  const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
  const template = readFileSync(join(root, 'web', 'index.html'), 'utf8');
  const csp = WEB_CSP.replace('__HASH__', hash);
  // The hash covers the element's exact text, so the whole element is replaced: whatever a formatter
  // put around the placeholder (a formatter may write `<script>\n      __SCRIPT__;\n    </script>`) would
  // otherwise become part of the inline script and no longer match the hash.
  const SCRIPT_ELEMENT = /<script>\s*__SCRIPT__;?\s*<\/script>/;
  if (!template.includes('__CSP__') || !SCRIPT_ELEMENT.test(template))
    throw new Error('web/index.html lacks the __CSP__ or <script>__SCRIPT__</script> placeholder');
  // Function replacers: `$&` and friends inside the bundle must stay literal.
  const html = template
    .replace('__CSP__', () => csp)
    .replace(SCRIPT_ELEMENT, () => `<script>${script}</script>`);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, html);
  return { file: outFile, bytes: Buffer.byteLength(html), csp };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { file, bytes } = await buildWebPage(process.argv[2] ?? WEB_PAGE);
  // `npm run build --silent`: the caller's output is the only output.
  if (process.env.npm_config_loglevel !== 'silent')
    console.log(
      `build-web: ${file.startsWith(root) ? file.slice(root.length + 1) : file} (${(bytes / 1024).toFixed(0)} KiB)`,
    );
}
