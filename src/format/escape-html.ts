import { cleanText } from './clean-text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Safe in HTML text and in quoted attribute values alike: the five markup characters become
 * entities, so a value can neither open a tag nor leave its attribute. Cleans the value first
 * (see `cleanText`).
 */
export function escapeHtml(value: unknown): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
