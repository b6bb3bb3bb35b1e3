// Named imports let the bundler inline just these two fields of package.json, not the whole file.
import { name, version } from '../../package.json';

/** Version of `schemas/report.schema.json`; optional additions bump the minor version. */
export const REPORT_SCHEMA_VERSION = '1.1.0';

/** Read from package.json at build time (the bundler inlines it), so a report names its tool. */
export const TOOL: Readonly<{ name: string; version: string }> = Object.freeze({ name, version });
