// Types for scripts/gen-api-report.mjs, imported by test/package/api-doc.test.ts.
export interface ApiEntry {
  name: string;
  kind: 'function' | 'class' | 'const' | 'interface' | 'type' | 'other';
  value: boolean;
  lines: string[];
}
export declare const API_REPORT: string;
export declare function collectApi(): { core: ApiEntry[]; node: ApiEntry[] };
export declare function renderApiReport(api: { core: ApiEntry[]; node: ApiEntry[] }): string;
