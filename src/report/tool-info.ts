import pkg from '../../package.json';

/** Version of `schemas/report.schema.json`; optional additions bump the minor version. */
export const REPORT_SCHEMA_VERSION = '1.0.0';

/** Read from package.json at build time (the bundler inlines it), so a report names its tool. */
export const TOOL = Object.freeze({ name: pkg.name, version: pkg.version });
