import { channelsCsv, peopleCsv } from './csv-templates.js';
import { schoolYaml } from './school-template.js';

export interface InitTemplateOptions {
  /** Written into `school.name` and `school.shortName`; a placeholder when absent. */
  schoolName?: string;
  /**
   * The folder of the installed package's schemas as seen from school.yaml, for the editor's
   * `# yaml-language-server: $schema=…` line (default `./node_modules/sferum-compliance/schemas`).
   */
  schemaDir?: string;
}

export interface InitTemplate {
  /** Path relative to the target folder. */
  path: string;
  content: string;
}

const DEFAULT_SCHOOL_NAME = 'МБОУ СОШ № 1';
// The e-school id is shared by school.yaml and every row of people.csv, so the scaffold links
// its example people to its own school. No leading zero: Excel, opening people.csv, takes a
// number-like cell for a number and saves «0000000» back as «0» (the validator then warns,
// ID_LOST_LEADING_ZEROS); «1000001» survives the round trip.
const PLACEHOLDER_ORGANIZATION_ID = '1000001';
/** Where the schemas are when school.yaml sits at the root of a project that installed the package. */
export const DEFAULT_SCHEMA_DIR = './node_modules/sferum-compliance/schemas';

/**
 * The files `sferum-compliance init` writes: a commented `school.yaml` and the `people.csv` /
 * `channels.csv` templates (Russian headers, `;`, UTF-8 with BOM). Pure: the caller writes them.
 */
export function initTemplates(options: InitTemplateOptions = {}): InitTemplate[] {
  const schoolName = options.schoolName?.trim() || DEFAULT_SCHOOL_NAME;
  return [
    {
      path: 'school.yaml',
      content: schoolYaml({
        schoolName,
        organizationId: PLACEHOLDER_ORGANIZATION_ID,
        schemaPath: `${(options.schemaDir ?? DEFAULT_SCHEMA_DIR).replace(/\/+$/, '')}/school.schema.json`,
      }),
    },
    { path: 'people.csv', content: peopleCsv(PLACEHOLDER_ORGANIZATION_ID) },
    { path: 'channels.csv', content: channelsCsv() },
  ];
}
