#!/usr/bin/env node
// Writes docs/coverage.md (clause → disposition → rules, from the clause catalog) and docs/facts.md
// (the facts vocabulary of src/normalize/facts.ts, bundled on the fly with esbuild, which tsup
// already brings). Tests compare both files with renderCoverage()/renderFacts() output.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCatalog } from './gen-catalog.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const DISPOSITION = {
  auto: 'auto — по данным',
  attest: 'attest — подтверждение',
  info: 'info — справочно',
};
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/** docs/coverage.md for a catalog ({ version, hash, clauses, rules }). */
export function renderCoverage(catalog) {
  const rules = new Map(catalog.rules.map((r) => [r.id, r]));
  const lines = [
    '# Покрытие Положения правилами / Clause coverage',
    '',
    `Сгенерировано \`scripts/gen-coverage.mjs\` из каталога версии ${catalog.version} (sha256 \`${catalog.hash.slice(0, 16)}\`).`,
    'Не редактируйте вручную: `npm run gen:coverage`. *Generated from the catalog; do not edit.*',
    '',
    '«auto» — пункт решают правила по данным школы; «attest» — нужен записанный ответ ответственного',
    'лица; «info» — обязанности нет, пункт справочный. Вопрос для подтверждения есть у всех',
    '«attest» и у тех «auto», которые данные решают лишь отчасти.',
    '',
  ];
  const count = (d) => catalog.clauses.filter((c) => c.disposition === d).length;
  lines.push(
    `Пунктов: ${catalog.clauses.length} (auto ${count('auto')}, attest ${count('attest')}, info ${count('info')}); правил: ${catalog.rules.length} (` +
      SEVERITY_ORDER.map((s) => `${s} ${catalog.rules.filter((r) => r.severity === s).length}`).join(', ') +
      ').',
    '',
    '| Пункт | Кто | Способ | Вопрос | Правила |',
    '|---|---|---|---|---|',
  );
  for (const c of catalog.clauses) {
    const ruleCell = c.rules.length
      ? c.rules
          .map((id) => {
            const r = rules.get(id);
            return r ? `\`${id}\` (${r.severity}, ${r.subject}) ${cell(r.title.ru)}` : `\`${id}\` (?)`;
          })
          .join('<br>')
      : '—';
    lines.push(
      `| ${c.id} | ${cell(c.who)} | ${DISPOSITION[c.disposition] ?? c.disposition} | ${c.question ? 'да' : '—'} | ${ruleCell} |`,
    );
  }
  lines.push(
    '',
    '## Правила / Rules',
    '',
    '| Правило | Пункты | Субъект | Важность | Параметры | Название |',
    '|---|---|---|---|---|---|',
  );
  for (const r of catalog.rules) {
    const params = Object.entries(r.params ?? {})
      .map(([k, p]) => `${k}=${Array.isArray(p.default) ? p.default.join(',') : p.default}`)
      .join(', ');
    lines.push(
      `| \`${r.id}\` | ${r.clauses.join(', ')} | ${r.subject} | ${r.severity} | ${params || '—'} | ${cell(r.title.ru)} / ${cell(r.title.en)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** docs/facts.md for the facts vocabulary (FACTS of src/normalize/facts.ts, built from the definitions in derive-*.ts). */
export function renderFacts(facts) {
  const lines = [
    '# Факты для правил / Facts vocabulary',
    '',
    'Сгенерировано `scripts/gen-coverage.mjs` из определений фактов (`src/normalize/derive-*.ts`, по одному на факт). Не редактируйте вручную:',
    '`npm run gen:coverage`. *Generated from the facts vocabulary; do not edit.*',
    '',
    'Каждое правило проверяется на субъектах одного типа; условия читают факты этого типа и параметры',
    'правила как факт `params` (`{ fact: params, path: "$.maxAgeDays" }`). normalize() выдаёт каждому',
    'субъекту ровно эти факты; «или null» — значение неизвестно по данным: правило, условие которого',
    'зависит от неизвестного факта, даёт «недостаточно данных», если в файле правила не сказано иное',
    '(`unknown: violation` или `unknown: pass`); последний столбец — что записать, чтобы факт стал известен. Факты не содержат персональных данных: ни ФИО, ни телефонов — только признаки и счётчики.',
    '',
    "*Each rule runs on subjects of one type; conditions read that type's facts and the rule's parameters",
    'as the fact `params`. normalize() emits exactly these facts; "or null" means unknown from the data: a rule',
    'whose condition depends on an unknown fact is undetermined unless its file says `unknown: violation`/`pass`.*',
    '',
  ];
  for (const [type, vocabulary] of Object.entries(facts)) {
    lines.push(
      `## ${type}`,
      '',
      '| Факт | Тип | Описание | Description | Если неизвестно — где записать / Record in |',
      '|---|---|---|---|---|',
    );
    for (const [name, spec] of Object.entries(vocabulary)) {
      let t = spec.type;
      if (spec.values) t = spec.values.map((v) => `\`${v}\``).join(' \\| ');
      if (spec.nullable) t += ' или null';
      const record = spec.record ? `${cell(spec.record.ru)} / ${cell(spec.record.en)}` : '—';
      lines.push(
        `| \`${name}\` | ${t} | ${cell(spec.description.ru)} | ${cell(spec.description.en)} | ${record} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function loadFacts() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(ROOT, 'src/normalize/facts.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.FACTS;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const catalog = buildCatalog();
  writeFileSync(join(ROOT, 'docs/coverage.md'), renderCoverage(catalog));
  writeFileSync(join(ROOT, 'docs/facts.md'), renderFacts(await loadFacts()));
  console.log(
    `gen-coverage: docs/coverage.md (${catalog.clauses.length} clauses, ${catalog.rules.length} rules), docs/facts.md`,
  );
}
