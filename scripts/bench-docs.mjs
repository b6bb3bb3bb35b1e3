// Renders the figures of bench/results.json for the README, docs/region.md and docs/scaling.md.
// `npm run gen:bench-docs` writes them between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`;
// test/bench/bench-docs.test.ts checks the docs still say what results.json says.

const fmt = (n, digits = 0) =>
  n
    .toLocaleString('ru-RU', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    .replace(/\u00a0/g, ' ');
const x = (n) => `${fmt(n, n >= 10 ? 0 : 1)}×`;
const met = (r) => (r.met ? 'да / met' : '**нет / not met**');

/** A table row for a ratio an older results.json may not have yet. */
const optionalRow = (ratio, render) => (ratio ? [render(ratio)] : []);

/** The table of goals: what, goal, measured, met. */
export function renderGoals(results) {
  const { config, rows, ratios, engine, cores, node } = results;
  const lines = [
    `Один запуск \`npm run bench\`: ${fmt(config.schools)} сгенерированных школ × ${config.people} человек, ${cores} ядра, Node ${node.replace(/^v/, '')}; каждая строка — в своём процессе, лучшее из ${config.runs}; отношения — из того же запуска. *One \`npm run bench\` run; each row in its own process; ratios from the same run.*`,
    '',
    '| Что / what | Цель / goal | Измерено / measured | Выполнено / met |',
    '|---|---:|---:|---|',
    `| \`region\` на \`school.json\` / пол (readdir + read + \`JSON.parse\`) | ≤ 2× | ${x(ratios.regionJsonOverFloor.value)} (${fmt(rows.regionJson.ms / 1000, 1)} с против ${fmt(rows.floorJson.ms / 1000, 1)} с) | ${met(ratios.regionJsonOverFloor)} |`,
    `| \`region\` на \`school.yaml\` + CSV / пол (read + \`yaml\` + \`csv-parse\`) | ≤ 2× | ${x(ratios.regionYamlOverFloor.value)} | ${met(ratios.regionYamlOverFloor)} |`,
    `| \`--jobs ${config.jobs}\` против \`--jobs 1\` (ускорение) | > 1× | ${x(ratios.jobsSpeedup.value)} | ${met(ratios.jobsSpeedup)} |`,
    `| \`--engine compiled\` / \`reference\`, весь процесс, ${config.referenceSchools} школ | ≥ 100× | ${x(ratios.compiledOverReferenceProcess.value)} | ${met(ratios.compiledOverReferenceProcess)} |`,
    `| то же, только вычисление правил (${fmt(engine.subjects)} субъектов × ${engine.rules} правил) | ≥ 100× | ${x(ratios.compiledOverReferenceEngine.value)}; против json-rules-engine с одним Engine на все правила — ${x(ratios.compiledOverPeerEngine.value)} | ${met(ratios.compiledOverReferenceEngine)} |`,
    `| \`audit\` одной школы (пример) / \`node -e 0\` | ≤ 4× | ${x(ratios.singleSchoolOverNode.value)} (\`--version\` — ${x(ratios.versionOverNode.value)}) | ${met(ratios.singleSchoolOverNode)} |`,
    `| \`scan\` WhatsApp / пол (read + split + регулярное выражение заголовка) | ≤ 3× | ${x(ratios.scanWhatsAppOverFloor.value)} | ${met(ratios.scanWhatsAppOverFloor)} |`,
    // Rows added with the clean/heavy split of the scanner bench: shown once results.json has them.
    ...optionalRow(
      ratios.scanWhatsAppHeavyOverFloor,
      (r) =>
        `| то же, ${fmt(config.scanFindings)} находок (по две в сообщении) | ≤ 3× | ${x(r.value)} | ${met(r)} |`,
    ),
    `| \`scan\` Telegram / пол (read + \`JSON.parse\`) | ≤ 3× | ${x(ratios.scanTelegramOverFloor.value)} | ${met(ratios.scanTelegramOverFloor)} |`,
    ...optionalRow(
      ratios.scanTelegramHeavyOverFloor,
      (r) =>
        `| то же, ${fmt(config.scanFindings)} находок (по две в сообщении) | ≤ 3× | ${x(r.value)} | ${met(r)} |`,
    ),
    `| пиковый RSS региона (${fmt(config.schools)} школ) | < 512 МиБ | ${rows.regionJson.rssMiB} МиБ | ${met(ratios.regionPeakMiB)} |`,
    `| пиковый RSS \`scan --samples 20\` с ${fmt(config.scanFindings)} находками | < 512 МиБ | ${rows.scanHeavy.rssMiB} МиБ | ${met(ratios.scanHeavyPeakMiB)} |`,
    ...optionalRow(
      ratios.scanHeavyNdjsonPeakMiB,
      (r) =>
        `| пиковый RSS \`scan --format ndjson\` с ${fmt(config.scanFindings)} находками | < 512 МиБ | ${r.value} МиБ | ${met(r)} |`,
    ),
  ];
  return lines.join('\n');
}

/** Extrapolation to the whole country (~40,000 schools) from the region rows. */
export function renderScaling(results, schools = 40_000) {
  const { config, rows, cores } = results;
  const perSchoolOneCore = rows.regionJsonOneThread.ms / config.schools;
  const perSchoolMachine = rows.regionJson.ms / config.schools;
  const hours = (ms) => ms / 3_600_000;
  const lines = [
    `Из \`bench/results.json\` (${fmt(config.schools)} школ × ${config.people} человек, машина с ${cores} ядрами): ${fmt(perSchoolOneCore, 1)} мс на школу в одном потоке, ${fmt(perSchoolMachine, 1)} мс на школу с \`--jobs ${config.jobs}\`. *Extrapolated linearly from bench/results.json.*`,
    '',
    `| Как / how | ${fmt(schools)} школ / schools |`,
    '|---|---:|',
    `| одна такая машина, \`--jobs ${config.jobs}\` | ≈ ${fmt(hours(perSchoolMachine * schools), 1)} ч |`,
    ...[8, 40, 100].map(
      (n) =>
        `| ${n} частей (\`--shard K/${n}\`), каждая на такой машине | ≈ ${fmt((perSchoolMachine * schools) / n / 60_000, 1)} мин на часть |`,
    ),
    `| пиковая память одной части | ≈ ${rows.regionJson.rssMiB} МиБ (не растёт с числом школ: сводка и N худших) |`,
  ];
  return lines.join('\n');
}

const ROW_LABELS = {
  regionJson: (c) => `\`region\`, ${fmt(c.schools)} × \`school.json\`, \`--jobs ${c.jobs}\``,
  regionJsonOneThread: (c) => `\`region\`, ${fmt(c.schools)} × \`school.json\`, \`--jobs 1\``,
  floorJson: () => 'пол: readdir + read + `JSON.parse`',
  regionYaml: (c) => `\`region\`, ${fmt(c.schools)} × \`school.yaml\` + CSV, \`--jobs ${c.jobs}\``,
  floorYaml: () => 'пол: read + `yaml` + `csv-parse`',
  compiled: (c) => `\`region --engine compiled\`, ${c.referenceSchools} школ, \`--jobs 1\``,
  reference: (c) => `\`region --engine reference\`, ${c.referenceSchools} школ, \`--jobs 1\``,
  nodeStart: () => '`node -e 0`',
  version: () => '`sferum-compliance --version`',
  singleSchool: () => '`audit` примера (JSON в файл)',
  scanWhatsApp: (c) => `\`scan\` WhatsApp, ${fmt(c.scanMessages)} сообщений`,
  floorWhatsApp: () => 'пол: read + split + регулярное выражение заголовка',
  scanTelegram: (c) => `\`scan\` Telegram, ${fmt(c.scanMessages)} сообщений`,
  floorTelegram: () => 'пол: read + `JSON.parse`',
  scanHeavy: (c) => `\`scan --samples 20\`, ${fmt(c.scanFindings)} находок`,
};

/** Every measured row: its time and its own peak RSS (one process per row, best of the runs). */
export function renderRows(results) {
  const { config, rows } = results;
  const lines = [
    `Каждая строка — отдельный процесс (свой пиковый RSS, не максимум за весь замер), лучшее из ${config.runs}; \`compiled\` и \`reference\` — одинаковое число запусков. *Each row is its own process: its own peak RSS; both engines get the same runs.*`,
    '',
    '| Строка / row | Время / time | Пиковый RSS / peak RSS |',
    '|---|---:|---:|',
  ];
  for (const [key, row] of Object.entries(rows)) {
    const label = ROW_LABELS[key]?.(config) ?? key;
    lines.push(`| ${label} | ${fmt(row.ms / 1000, 2)} с | ${row.rssMiB} МиБ |`);
  }
  return lines.join('\n');
}

/** What bench/load.mjs and bench/region.mjs printed in the same run (library level, one process each). */
export function renderLibrary(results) {
  const benches = results.benches ?? {};
  const names = Object.keys(benches);
  if (names.length === 0) return '(в bench/results.json нет замеров библиотеки: запустите `npm run bench`)';
  const lines = [];
  for (const name of names) {
    const b = benches[name];
    lines.push(`\`bench/${name}.mjs\` (пиковый RSS ${b.rssMiB} МиБ):`, '', '```text', ...b.lines, '```', '');
  }
  return lines.join('\n').trimEnd();
}

export const SECTIONS = {
  goals: renderGoals,
  scaling: renderScaling,
  rows: renderRows,
  library: renderLibrary,
};

/** Replaces every `<!-- bench:NAME -->…<!-- /bench:NAME -->` block of `text` with its rendering. */
export function fillBenchBlocks(text, results) {
  return text.replace(/(<!-- bench:(\w+) -->\n)[\s\S]*?(<!-- \/bench:\2 -->)/g, (_, open, name, close) => {
    const render = SECTIONS[name];
    if (!render) throw new Error(`unknown bench block ${name}`);
    return `${open}${render(results)}\n${close}`;
  });
}

export const BENCH_DOCS = ['README.md', 'docs/region.md', 'docs/scaling.md'];
