import type { ExportSummary } from '../audit/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ChatExportReference } from '../model/types.js';
import { summarizeScan, type ScanFormat } from '../scan/index.js';
import { sha256File } from './hash-file.js';
import { scanFile } from './scan-files.js';
import { isInsideFolder } from './read-regular-file.js';
import { isAbsolute } from 'node:path';
import { isAbsolutePath } from '../load/resolve-path.js';
import { quoteValue } from '../validate/diagnostic-at.js';
import { append } from '../util/append.js';

/**
 * Scans the chat exports a school file lists and sums them per channel (a channel may have
 * several exports). `locate` turns an export's `file` into the path to read and the name reports
 * show. Never throws: unreadable exports are diagnostics.
 */
export async function scanSchoolExports(
  exports: readonly ChatExportReference[],
  locate: (file: string) => { path: string; shown: string },
  /** The folder exports must stay inside (the school's, or a root the caller names). */
  root?: string,
): Promise<{
  exportSummaries: Record<string, ExportSummary>;
  diagnostics: Diagnostic[];
  files: { path: string; sha256: string }[];
}> {
  const exportSummaries: Record<string, ExportSummary> = {};
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; sha256: string }[] = [];
  for (const ref of exports) {
    const { path, shown } = locate(ref.file);
    if (
      root !== undefined &&
      (isAbsolute(ref.file) || isAbsolutePath(ref.file) || !isInsideFolder(root, path))
    ) {
      // Refused before the file is opened.
      diagnostics.push({
        code: 'FILE_OUTSIDE_ROOT',
        severity: 'error',
        message: {
          ru: `Выгрузка «${quoteValue(ref.file)}» вне папки школы: читаются только файлы внутри неё (без абсолютных путей и «..»).`,
          en: `Export "${quoteValue(ref.file)}" is outside the school's folder: only files inside it are read (no absolute paths or "..").`,
        },
        file: shown,
      });
      continue;
    }
    const result = await scanFile(path, {
      displayPath: shown,
      // Only the counts reach the audit: no finding is kept (memory stays flat on a huge export).
      samples: 0,
      ...(ref.format ? { format: ref.format as ScanFormat } : {}),
      ...(root !== undefined ? { within: root } : {}),
    });
    append(diagnostics, result.diagnostics);
    const summary = summarizeScan(result);
    const previous = exportSummaries[ref.channel];
    if (previous) {
      const countsByKind: Record<string, number> = { ...previous.countsByKind };
      for (const [k, n] of Object.entries(summary.countsByKind))
        countsByKind[k] = (countsByKind[k] ?? 0) + (n ?? 0);
      exportSummaries[ref.channel] = {
        personalData: previous.personalData + summary.personalData,
        paymentData: previous.paymentData + summary.paymentData,
        countsByKind,
      };
    } else {
      exportSummaries[ref.channel] = summary as ExportSummary;
    }
    const sha = await sha256File(path, root);
    if (sha) files.push({ path: shown, sha256: sha });
  }
  return { exportSummaries, diagnostics, files };
}
