export { initTemplates } from './init-templates.js';
export type { InitTemplate, InitTemplateOptions } from './init-templates.js';
