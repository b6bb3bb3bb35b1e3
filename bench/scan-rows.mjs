// The scanner's rows of `npm run bench`: a WhatsApp TXT and a Telegram JSON export, each clean (no
// finding at all) and heavy (two findings in every message), each against its own floor — read the
// file, split it and test the header pattern (WhatsApp), or read it and `JSON.parse` it (Telegram) —
// plus the same heavy export streamed as NDJSON. Every row is its own child process with its own
// peak RSS (bench/rss.cjs).
//
// Alone, without the region rows: `npm run build && node bench/scan-rows.mjs` (prints, writes nothing).
// Knobs: BENCH_SCAN_MESSAGES (200000), BENCH_SCAN_FINDINGS (500000), BENCH_RUNS (3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

const words = [
  'Добрый вечер',
  'завтра собрание в 18:00',
  'не забудьте сменку',
  'спасибо',
  'экскурсия переносится',
  'кто сдал деньги на подарок',
];
const clean = (i) => `${words[i % words.length]} ${i}`;
const heavy = (i) =>
  `звоните +7 913 ${String(100 + (i % 900))}-${String(10 + (i % 90))}-${String(10 + (i % 89))} или p${i}@example.ru`;
const hour = (i) => String(8 + (i % 12)).padStart(2, '0');
const minute = (i) => String(i % 60).padStart(2, '0');

function whatsapp(path, count, text) {
  const lines = Array.from(
    { length: count },
    (_, i) => `01.09.2024, ${hour(i)}:${minute(i)} - Родитель ${i % 40}: ${text(i)}`,
  );
  writeFileSync(path, lines.join('\n'));
}

/** Pretty-printed with one space, as Telegram Desktop writes `result.json`. */
function telegram(path, count, text) {
  const doc = {
    name: '5А родители',
    type: 'private_group',
    id: 1,
    messages: Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      type: 'message',
      date: `2024-09-01T${hour(i)}:${minute(i)}:00`,
      from: `Родитель ${i % 40}`,
      from_id: `user${i % 40}`,
      text: text(i),
    })),
  };
  writeFileSync(path, JSON.stringify(doc, null, 1));
}

/** Writes the four exports into `work`; heavy ones hold `config.scanFindings` findings (two a message). */
export function writeScanInputs(work, config) {
  const inputs = {
    whatsapp: join(work, 'chat.txt'),
    whatsappHeavy: join(work, 'heavy.txt'),
    telegram: join(work, 'result.json'),
    telegramHeavy: join(work, 'heavy.json'),
  };
  const heavyMessages = Math.ceil(config.scanFindings / 2);
  whatsapp(inputs.whatsapp, config.scanMessages, clean);
  whatsapp(inputs.whatsappHeavy, heavyMessages, heavy);
  telegram(inputs.telegram, config.scanMessages, clean);
  telegram(inputs.telegramHeavy, heavyMessages, heavy);
  return inputs;
}

/** The rows; `measure(name, args, options)` runs `node args` in a child process (see run.mjs). */
export function measureScanRows(measure, inputs, config, { cli, work }) {
  const scan = (file, extra = []) => [
    cli,
    'scan',
    file,
    '--samples',
    '20',
    '--fail-on',
    'none',
    '--format',
    'json',
    '-q',
    ...extra,
  ];
  const floor = (mode, file) => [join(here, 'floor.mjs'), mode, file];
  const heavyMessages = Math.ceil(config.scanFindings / 2);
  const rows = {};
  rows.scanWhatsApp = measure(`scan WhatsApp, ${config.scanMessages} messages, clean`, scan(inputs.whatsapp));
  rows.floorWhatsApp = measure('floor: read + split + header regex', floor('whatsapp', inputs.whatsapp));
  rows.scanWhatsAppHeavy = measure(
    `scan WhatsApp, ${config.scanFindings} findings`,
    scan(inputs.whatsappHeavy),
  );
  rows.floorWhatsAppHeavy = measure(
    `floor: the same, ${heavyMessages} messages`,
    floor('whatsapp', inputs.whatsappHeavy),
  );
  rows.scanTelegram = measure(`scan Telegram, ${config.scanMessages} messages, clean`, scan(inputs.telegram));
  rows.floorTelegram = measure('floor: read + JSON.parse', floor('telegram', inputs.telegram));
  rows.scanTelegramHeavy = measure(
    `scan Telegram, ${config.scanFindings} findings`,
    scan(inputs.telegramHeavy),
  );
  rows.floorTelegramHeavy = measure(
    `floor: the same, ${heavyMessages} messages`,
    floor('telegram', inputs.telegramHeavy),
  );
  // Memory: every finding streamed out as NDJSON (none kept) and the summary of the same export.
  rows.scanHeavy = rows.scanWhatsAppHeavy;
  rows.scanHeavyNdjson = measure(
    `scan ${config.scanFindings} findings, --format ndjson`,
    [
      cli,
      'scan',
      inputs.whatsappHeavy,
      '--format',
      'ndjson',
      '--fail-on',
      'none',
      '--output',
      join(work, 'findings.ndjson'),
    ],
    { runs: 1 },
  );
  return rows;
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const within = (scan, floor, times) => ({
  value: ratio(scan.ms, floor.ms),
  goal: `≤ ${times}`,
  met: scan.ms <= times * floor.ms,
});

export function scanRatios(rows) {
  return {
    scanWhatsAppOverFloor: within(rows.scanWhatsApp, rows.floorWhatsApp, 3),
    scanWhatsAppHeavyOverFloor: within(rows.scanWhatsAppHeavy, rows.floorWhatsAppHeavy, 3),
    scanTelegramOverFloor: within(rows.scanTelegram, rows.floorTelegram, 3),
    scanTelegramHeavyOverFloor: within(rows.scanTelegramHeavy, rows.floorTelegramHeavy, 3),
    scanHeavyPeakMiB: { value: rows.scanHeavy.rssMiB, goal: '< 512', met: rows.scanHeavy.rssMiB < 512 },
    scanHeavyNdjsonPeakMiB: {
      value: rows.scanHeavyNdjson.rssMiB,
      goal: '< 512',
      met: rows.scanHeavyNdjson.rssMiB < 512,
    },
  };
}

/** Runs `node args` `runs` times in fresh processes: best wall time, the peak RSS of this row only. */
export function childMeasure({ work, runs, log }) {
  const rssFile = join(work, 'rss');
  return (name, args, { runs: n = runs, extraEnv = {} } = {}) => {
    let ms = Infinity;
    let rss = 0;
    let stdout = '';
    for (let i = 0; i < n; i++) {
      rmSync(rssFile, { force: true });
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--require', join(here, 'rss.cjs'), ...args], {
        cwd: work,
        env: { ...process.env, BENCH_RSS_OUT: rssFile, NO_COLOR: '1', ...extraEnv },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const elapsed = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: exit ${r.status}\n${r.stderr}`);
      ms = Math.min(ms, elapsed);
      rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')));
      stdout = r.stdout;
    }
    log(
      `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(8)} ms  peak RSS ${(rss / 2 ** 20).toFixed(0).padStart(5)} MiB`,
    );
    return { ms: Math.round(ms), rssMiB: Math.round(rss / 2 ** 20), stdout };
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = {
    runs: Number(process.env.BENCH_RUNS ?? 3),
    scanMessages: Number(process.env.BENCH_SCAN_MESSAGES ?? 200_000),
    scanFindings: Number(process.env.BENCH_SCAN_FINDINGS ?? 500_000),
  };
  const work = mkdtempSync(join(tmpdir(), 'sferum-bench-scan-'));
  const log = (text) => process.stderr.write(`${text}\n`);
  try {
    log(`bench (scan only): ${JSON.stringify(config)}; node ${process.version}`);
    const inputs = writeScanInputs(work, config);
    const rows = measureScanRows(childMeasure({ work, runs: config.runs, log }), inputs, config, {
      cli: join(here, '..', 'dist', 'cli.js'),
      work,
    });
    for (const [name, r] of Object.entries(scanRatios(rows)))
      console.log(
        `  ${name.padEnd(32)} ${String(r.value).padStart(8)}  goal ${r.goal.padEnd(8)} ${r.met ? 'met' : 'NOT MET'}`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
