import { channelsCsv, peopleCsv } from './csv-templates.js';
import { schoolYaml } from './school-template.js';

export interface InitTemplateOptions {
  /** Written into `school.name` and `school.shortName`; a placeholder when absent. */
  schoolName?: string;
}

export interface InitTemplate {
  /** Path relative to the target folder. */
  path: string;
  content: string;
}

const DEFAULT_SCHOOL_NAME = 'МБОУ СОШ № 1';
// The e-school id is shared by school.yaml and every row of people.csv, so the scaffold links
// its example people to its own school.
const PLACEHOLDER_ORGANIZATION_ID = '0000000';

/**
 * The files `sferum-compliance init` writes: a commented `school.yaml` and the `people.csv` /
 * `channels.csv` templates (Russian headers, `;`, UTF-8 with BOM). Pure: the caller writes them.
 */
export function initTemplates(options: InitTemplateOptions = {}): InitTemplate[] {
  const schoolName = options.schoolName?.trim() || DEFAULT_SCHOOL_NAME;
  return [
    { path: 'school.yaml', content: schoolYaml({ schoolName, organizationId: PLACEHOLDER_ORGANIZATION_ID }) },
    { path: 'people.csv', content: peopleCsv(PLACEHOLDER_ORGANIZATION_ID) },
    { path: 'channels.csv', content: channelsCsv() },
  ];
}
