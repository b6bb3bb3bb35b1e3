/**
 * examples/ci: the GitHub Actions workflow and the GitLab CI job, checked as their platforms would
 * read them and then run. Structure: a JSON Schema of the keys each file uses, written from the
 * platforms' syntax references (GitHub «Workflow syntax for GitHub Actions», GitLab «CI/CD YAML
 * syntax reference»), closed (unknown keys are errors) so a typo fails, plus the links between
 * steps (the uploaded SARIF is the file the audit wrote; the upload runs after a failing step).
 * Run: every `run:` / `script:` line that calls the CLI is executed by bash against
 * examples/school-72 with the built bin in place of `npx --no -- sferum-compliance`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { validateSarif } from '../format/safety.js';
import { cliPath, repoRoot } from '../cli/run-cli.js';

const CI = join(repoRoot, 'examples/ci');
const CLI_CALL = 'npx --no -- sferum-compliance';

const expression = { type: 'string', pattern: '^\\$\\{\\{.*\\}\\}$' };
const scalarMap = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'] },
};
const permissionLevel = { enum: ['read', 'write', 'none'] };
const permissions = {
  oneOf: [
    { enum: ['read-all', 'write-all'] },
    {
      type: 'object',
      propertyNames: {
        enum: [
          'actions',
          'attestations',
          'checks',
          'contents',
          'deployments',
          'discussions',
          'id-token',
          'issues',
          'models',
          'packages',
          'pages',
          'pull-requests',
          'repository-projects',
          'security-events',
          'statuses',
        ],
      },
      additionalProperties: permissionLevel,
    },
  ],
};
const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[_a-zA-Z][a-zA-Z0-9_-]*$' },
    name: { type: 'string' },
    if: { type: ['string', 'boolean'] },
    uses: { type: 'string', pattern: '^([\\w.-]+/[\\w.-]+(/[\\w./-]+)?@[\\w.-]+|\\./.+|docker://.+)$' },
    run: { type: 'string', minLength: 1 },
    with: scalarMap,
    env: scalarMap,
    shell: { type: 'string' },
    'working-directory': { type: 'string' },
    'continue-on-error': { oneOf: [{ type: 'boolean' }, expression] },
    'timeout-minutes': { type: 'number' },
  },
  // A step either runs a command or uses an action, never both.
  oneOf: [
    { required: ['uses'], not: { required: ['run'] } },
    { required: ['run'], not: { required: ['uses'] } },
  ],
};
const githubWorkflow = {
  type: 'object',
  additionalProperties: false,
  required: ['on', 'jobs'],
  properties: {
    name: { type: 'string' },
    'run-name': { type: 'string' },
    on: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        push: { type: ['object', 'null'] },
        pull_request: { type: ['object', 'null'] },
        workflow_dispatch: { type: ['object', 'null'] },
        schedule: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['cron'],
            properties: { cron: { type: 'string', pattern: '^\\S+( \\S+){4}$' } },
          },
        },
      },
    },
    permissions,
    env: scalarMap,
    concurrency: { type: ['string', 'object'] },
    defaults: { type: 'object' },
    jobs: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[_a-zA-Z][a-zA-Z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['runs-on', 'steps'],
        properties: {
          name: { type: 'string' },
          'runs-on': { type: ['string', 'array'] },
          permissions,
          needs: { type: ['string', 'array'] },
          if: { type: ['string', 'boolean'] },
          env: scalarMap,
          'timeout-minutes': { type: 'number' },
          'continue-on-error': { type: 'boolean' },
          steps: { type: 'array', minItems: 1, items: step },
        },
      },
    },
  },
};
const gitlabJob = {
  type: 'object',
  additionalProperties: false,
  required: ['script'],
  properties: {
    stage: { type: 'string' },
    image: { type: ['string', 'object'] },
    variables: scalarMap,
    before_script: { type: 'array', items: { type: 'string' } },
    script: { type: 'array', minItems: 1, items: { type: 'string' } },
    after_script: { type: 'array', items: { type: 'string' } },
    rules: { type: 'array' },
    allow_failure: { type: ['boolean', 'object'] },
    cache: {
      type: 'object',
      additionalProperties: false,
      properties: {
        key: { type: ['string', 'object'] },
        paths: { type: 'array', items: { type: 'string' } },
        policy: { enum: ['pull', 'push', 'pull-push'] },
      },
    },
    artifacts: {
      type: 'object',
      additionalProperties: false,
      properties: {
        when: { enum: ['on_success', 'on_failure', 'always'] },
        paths: { type: 'array', items: { type: 'string' } },
        expire_in: { type: 'string' },
        reports: {
          type: 'object',
          additionalProperties: false,
          properties: {
            junit: { type: ['string', 'array'] },
            codequality: { type: ['string', 'array'] },
          },
        },
      },
    },
  },
};
const gitlabCi = {
  type: 'object',
  properties: {
    stages: { type: 'array', items: { type: 'string' } },
    variables: scalarMap,
    default: { type: 'object' },
    workflow: { type: 'object' },
  },
  // Every other top-level key is a job (GitLab's hidden `.name` jobs aside).
  additionalProperties: gitlabJob,
};

/** A parsed YAML document edited into broken shapes by the negative tests. */
// biome-ignore lint/suspicious/noExplicitAny: deliberately untyped, the tests break its shape
type Loose = Record<string, any>;

const ajv = new Ajv({ allErrors: true, strict: false });
const checkWorkflow = ajv.compile(githubWorkflow);
const checkGitlab = ajv.compile(gitlabCi);
const errorsOf = (v: { errors?: unknown[] | null }): string[] =>
  (v.errors ?? []).map((e) => JSON.stringify(e));

type Workflow = {
  env?: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      steps: { run?: string; uses?: string; if?: string; with?: Record<string, unknown> }[];
    }
  >;
};
type GitlabJob = {
  stage: string;
  variables?: Record<string, string>;
  script: string[];
  artifacts: { when: string; paths: string[]; reports: { junit: string } };
};
const workflow = parseYaml(readFileSync(join(CI, 'github-actions.yml'), 'utf8')) as Workflow;
const gitlab = parseYaml(readFileSync(join(CI, 'gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
const job = gitlab['sferum-compliance'] as GitlabJob;

let work: string;
beforeAll(() => {
  if (!existsSync(cliPath))
    throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
  // A school repository as the recipes expect it: the school's files under school/.
  work = mkdtempSync(join(tmpdir(), 'sferum-ci-'));
  cpSync(join(repoRoot, 'examples/school-72'), join(work, 'school'), { recursive: true });
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs one command line of a recipe with bash, the built bin in place of the installed one. */
function execute(
  line: string,
  env: Record<string, string>,
): { code: number; stdout: string; stderr: string } {
  expect(line).toContain(CLI_CALL);
  const command = line.replaceAll(CLI_CALL, `node ${JSON.stringify(cliPath)}`);
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', command], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('GitHub Actions workflow (examples/ci/github-actions.yml)', () => {
  const steps = workflow.jobs.audit!.steps;

  it('has the workflow structure GitHub accepts (closed schema of the keys used)', () => {
    expect(checkWorkflow(workflow), errorsOf(checkWorkflow).join('\n')).toBe(true);
  });

  it('the structural check fails on a broken workflow', () => {
    const broken = structuredClone(workflow) as unknown as Loose;
    broken.jobs.audit['runs_on'] = broken.jobs.audit['runs-on'];
    delete broken.jobs.audit['runs-on'];
    expect(checkWorkflow(broken)).toBe(false);
    const both = structuredClone(workflow) as unknown as Loose;
    both.jobs.audit.steps[0].run = 'echo';
    expect(checkWorkflow(both)).toBe(false);
    const level = structuredClone(workflow) as unknown as Loose;
    level.jobs.audit.permissions['security-events'] = 'upload';
    expect(checkWorkflow(level)).toBe(false);
  });

  it('uploads to code scanning the SARIF file the audit writes, even after a failed step', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload).toBeDefined();
    expect(upload!.if).toBe('always()');
    expect(workflow.jobs.audit!.permissions?.['security-events']).toBe('write');
    const sarifStep = steps.find((s) => s.run?.includes('--format sarif'));
    expect(sarifStep!.run).toContain(`--output ${String(upload!.with?.sarif_file)}`);
    expect(steps.indexOf(sarifStep!)).toBeLessThan(steps.indexOf(upload!));
  });

  it('runs: the SARIF step writes a valid SARIF 2.1.0 file, the gate fails on the example', () => {
    const env = { SCHOOL_FILE: workflow.env!.SCHOOL_FILE! };
    const cliSteps = steps.filter((s) => s.run?.includes(CLI_CALL));
    expect(cliSteps).toHaveLength(2);
    const sarifRun = execute(cliSteps[0]!.run!, env);
    expect(sarifRun.code, sarifRun.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(join(work, 'sferum-compliance.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    // The example school has deliberate high-severity violations: the gate fails with exit code 1.
    const gate = execute(cliSteps[1]!.run!, env);
    expect(gate.code, gate.stderr).toBe(1);
  });
});

describe('GitLab CI job (examples/ci/gitlab-ci.yml)', () => {
  it('has the structure GitLab accepts (closed schema of the keys used)', () => {
    expect(checkGitlab(gitlab), errorsOf(checkGitlab).join('\n')).toBe(true);
    expect((gitlab.stages as string[]).includes(job.stage)).toBe(true);
  });

  it('the structural check fails on a broken job', () => {
    const broken = structuredClone(gitlab) as Loose;
    broken['sferum-compliance'].artifacts.reports.junitt =
      broken['sferum-compliance'].artifacts.reports.junit;
    expect(checkGitlab(broken)).toBe(false);
    const noScript = structuredClone(gitlab) as Loose;
    delete noScript['sferum-compliance'].script;
    expect(checkGitlab(noScript)).toBe(false);
  });

  it('keeps the JUnit report the audit writes, also when the job fails', () => {
    expect(job.artifacts.when).toBe('always');
    const line = job.script.find((s) => s.includes('--format junit'));
    expect(line).toContain(`--output ${job.artifacts.reports.junit}`);
  });

  it('runs: the script writes JUnit XML that parses, and fails the job on the example', () => {
    const lines = job.script.filter((s) => s.includes(CLI_CALL));
    expect(lines).toHaveLength(1);
    const r = execute(lines[0]!, { SCHOOL_FILE: job.variables!.SCHOOL_FILE! });
    expect(r.code, r.stderr).toBe(1);
    const xml = readFileSync(join(work, job.artifacts.reports.junit), 'utf8');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      testsuites?: { testsuite?: unknown; '@_failures'?: string };
    };
    expect(doc.testsuites).toBeDefined();
    expect(doc.testsuites!.testsuite).toBeDefined();
    expect(xml).toMatch(/<failure\b/);
  });
});
