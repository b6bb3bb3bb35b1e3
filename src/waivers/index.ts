export type { Waiver, WaiversFile } from './types.js';
export { DEFAULT_MAX_WAIVER_DAYS } from './types.js';
export { parseWaivers, type ParseWaiversOptions } from './parse-waivers.js';
export { checkWaivers, type CheckWaiversOptions } from './check-waivers.js';
export { applyWaivers, type ApplyWaiversOptions, type WaiverOutcome } from './apply-waivers.js';
export { matchGlob } from './match-glob.js';
export { findingFingerprint, FINGERPRINT_LENGTH } from '../findings/fingerprint.js';
