export type * from './types.js';
export { diffReports } from './diff-reports.js';
export { sortFindings } from './sort-findings.js';
export { REPORT_SCHEMA_VERSION, TOOL } from './tool-info.js';
