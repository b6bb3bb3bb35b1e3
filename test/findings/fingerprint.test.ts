import { describe, expect, it } from 'vitest';
import { findingFingerprint, FINGERPRINT_LENGTH } from '../../src/findings/fingerprint.js';

describe('findingFingerprint', () => {
  it('is lowercase hex of the promised length', () => {
    const f = findingFingerprint('SFR-2.6-LINK-ROLE', 'person', 'p-044');
    expect(f).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
    expect(FINGERPRINT_LENGTH).toBeGreaterThanOrEqual(16);
    expect(FINGERPRINT_LENGTH).toBeLessThanOrEqual(24);
  });

  it('is a function of rule, subject type and subject id only', () => {
    const a = findingFingerprint('SFR-2.6-LINK-ROLE', 'person', 'p-044');
    expect(findingFingerprint('SFR-2.6-LINK-ROLE', 'person', 'p-044')).toBe(a);
    expect(findingFingerprint('SFR-2.6-LINK-ROLE', 'person', 'p-045')).not.toBe(a);
    expect(findingFingerprint('SFR-2.5-LINK-ROLE', 'person', 'p-044')).not.toBe(a);
    expect(findingFingerprint('SFR-2.6-LINK-ROLE', 'admin', 'p-044')).not.toBe(a);
  });

  it('does not collide when the boundary between rule and subject moves', () => {
    expect(findingFingerprint('R-a', 'person', 'b')).not.toBe(findingFingerprint('R', 'person', 'a-b'));
  });

  it('matches sha256 of the NUL-joined key (known answer)', async () => {
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256')
      .update('R-1\u0000channel\u0000c-13')
      .digest('hex')
      .slice(0, FINGERPRINT_LENGTH);
    expect(findingFingerprint('R-1', 'channel', 'c-13')).toBe(expected);
  });
});
