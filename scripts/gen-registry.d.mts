// Types for scripts/gen-registry.mjs, imported by test/messengers/registry.test.ts.
export declare const REGISTRY_YAML: string;
export declare const REGISTRY_SCHEMA: string;
export declare const GENERATED_TS: string;
export declare function renderRegistryModule(yamlText: string, schemaText?: string): string;
export declare const EDITIONS_YAML: string;
export declare const EDITIONS_SCHEMA: string;
export declare const EDITIONS_TS: string;
export declare function renderEditionsModule(yamlText: string, schemaText?: string): string;
