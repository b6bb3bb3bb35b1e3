/** Types of scripts/build-web.mjs for the TypeScript tests that build the page. */
export declare const WEB_PAGE: string;
export declare const WEB_CSP: string;
export declare function buildWebPage(outFile?: string): Promise<{ file: string; bytes: number; csp: string }>;
