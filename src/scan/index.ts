export type {
  ScanChat,
  ScanConfidence,
  ScanFinding,
  ScanFormat,
  ScanKind,
  ScanOptions,
  ScanResult,
  ScanSource,
  ScanStreamFinding,
  TextDetection,
} from './types.js';
export { SCAN_KINDS } from './types.js';
export { scanExport } from './scan-export.js';
export { scanText } from './scan-text.js';
export { formatScanResult, scanTotal } from './format-scan-result.js';
export { summarizeScan, isPaymentFinding, type ScanSummary } from './summarize-scan.js';
export { KIND_LABELS as SCAN_KIND_LABELS } from './kind-labels.js';
