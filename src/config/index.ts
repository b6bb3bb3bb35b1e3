export type { AuditConfig, RuleOverride, FailOn } from './types.js';
export { DEFAULT_ATTESTATION_MAX_AGE_DAYS, DEFAULT_TIME_ZONE } from './types.js';
export { parseConfig, type ParseConfigOptions } from './parse-config.js';
