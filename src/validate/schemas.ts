import channelSchemaJson from '../../schemas/channel.schema.json';
import commonSchemaJson from '../../schemas/common.schema.json';
import personSchemaJson from '../../schemas/person.schema.json';
import schoolSchemaJson from '../../schemas/school.schema.json';

/** A JSON Schema document as plain data (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

// Typed loosely on purpose: the inferred JSON literal types would bloat the published .d.ts.
export const schoolSchema: JsonSchema = schoolSchemaJson;
export const personSchema: JsonSchema = personSchemaJson;
export const channelSchema: JsonSchema = channelSchemaJson;
export const commonSchema: JsonSchema = commonSchemaJson;

export const SCHEMA_IDS = {
  school: 'school.schema.json',
  person: 'person.schema.json',
  channel: 'channel.schema.json',
  common: 'common.schema.json',
} as const;
