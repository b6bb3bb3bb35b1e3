import type { ScanKind } from '../types.js';
import { bankAccountDetector } from './bank-account.js';
import { bankCardDetector } from './bank-card.js';
import { birthDateDetector } from './birth-date.js';
import type { Detector } from './detector.js';
import { emailDetector } from './email.js';
import { innDetector } from './inn.js';
import { ogrnDetector } from './ogrn.js';
import { passportDetector } from './passport.js';
import { paymentDocumentDetector } from './payment-document.js';
import { paymentQrDetector } from './payment-qr.js';
import { phoneDetector } from './phone.js';
import { snilsDetector } from './snils.js';

export type { Detection, Detector, MessageView } from './detector.js';
export { NONE, viewOf } from './detector.js';
export { checkSnils, snilsCheckDigits } from './snils.js';
export { isValidInn } from './inn.js';
export { isValidOgrn } from './ogrn.js';
export { isPlausiblePassport } from './passport.js';
export { isPlausibleCard, luhnValid } from './bank-card.js';
export { isValidAccountForBik } from './bank-account.js';
export { parseBirthDate } from './birth-date.js';

/**
 * Every detector, in the order that breaks ties between overlapping detections of equal confidence:
 * a QR string swallows the account inside it; an account's 20 digits beat any shorter reading.
 */
export const DETECTORS: readonly Detector[] = [
  paymentQrDetector,
  bankAccountDetector,
  bankCardDetector,
  ogrnDetector,
  snilsDetector,
  innDetector,
  passportDetector,
  birthDateDetector,
  emailDetector,
  phoneDetector,
  paymentDocumentDetector,
];

export function detectorsFor(kinds?: readonly ScanKind[]): readonly Detector[] {
  if (!kinds) return DETECTORS;
  const wanted = new Set(kinds);
  return DETECTORS.filter((d) => wanted.has(d.kind));
}
