import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { defaultRegistry, extendRegistry } from '../messengers/index.js';
import type { MessengerRegistry } from '../messengers/types.js';
import { sha256File } from './hash-file.js';
import { loadRegistryFile } from './load-registry.js';
import { append } from '../util/append.js';

/**
 * The built-in messenger registry extended by each overlay file in turn (absent entries are
 * skipped): the config's overlay first, then an explicit one. `registry` is absent when an
 * overlay does not load; the overlays read so far are then in `diagnostics` only. Never throws.
 */
export async function loadRegistryOverlays(
  overlays: readonly (string | undefined)[],
  display: (path: string) => string,
): Promise<{
  registry?: MessengerRegistry;
  diagnostics: Diagnostic[];
  files: { path: string; sha256: string }[];
}> {
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; sha256: string }[] = [];
  let registry: MessengerRegistry = defaultRegistry();
  for (const overlay of overlays) {
    if (!overlay) continue;
    const loaded = await loadRegistryFile(overlay);
    append(
      diagnostics,
      loaded.diagnostics.map((d) => (d.file === overlay ? { ...d, file: display(overlay) } : d)),
    );
    if (!loaded.registry) return { diagnostics, files };
    registry = extendRegistry(registry, loaded.registry);
    const sha = await sha256File(overlay);
    if (sha) files.push({ path: display(overlay), sha256: sha });
  }
  return { registry, diagnostics, files };
}
