import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildWebPage } from '../../scripts/build-web.mjs';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot } from '../cli/run-cli.js';

/**
 * The offline page and the printed act in a real browser: Debian's chromium driven by
 * playwright-core (no browser download), PDFs read with poppler-utils. One browser per file.
 */
const CHROMIUM = '/usr/bin/chromium';
const POPPLER = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext', '/usr/bin/pdfinfo'];
const missing = [CHROMIUM, ...POPPLER].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.log(
    `test/browser skipped: ${missing.join(', ')} not installed (apt-get install chromium poppler-utils; .ci/run does)`,
  );
}

const EXAMPLE = join(repoRoot, 'examples/school-72');
const AS_OF = '2026-11-30';
// Every file the CLI reads for the example: it applies waivers.yaml beside the school file by default.
const DROPPED = ['school.yaml', 'people.csv', 'channels.csv', 'waivers.yaml', 'exports/chat-5b-parents.txt'];
const IMG_DIR = join(repoRoot, 'docs/img');
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

let dir: string;
let pageFile: string;
let browser: Browser;
let cliReport: Report;
let actPdf: string;
let actPages: number;

async function cli(args: string[]): Promise<void> {
  const err: string[] = [];
  const io: CliIO = {
    stdout: () => {},
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: repoRoot,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
  const code = await main(args, io);
  if (code !== 0) throw new Error(`CLI ${args.join(' ')} exited ${code}: ${err.join('')}`);
}

/** Every request that would leave the page: anything but the page file itself, data: and blob:. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === pathToFileURL(pageFile).href) return;
    seen.push(url);
  });
  return seen;
}

async function auditOnPage(
  page: Page,
  files: string[] = DROPPED.map((f) => join(EXAMPLE, f)),
): Promise<void> {
  await page.goto(pathToFileURL(pageFile).href);
  await page.fill('#asof', AS_OF);
  await page.setInputFiles('#files', files);
  await page.waitForFunction(
    () => document.body.dataset.state === 'done' || !document.getElementById('diagnostics')!.hidden,
    undefined,
    { timeout: 60_000 },
  );
}

const verdicts = (r: Report) => ({
  clauses: r.clauses.map((c) => [c.id, c.status]),
  findings: r.findings.map((f) => [f.ruleId, f.subject.id, f.severity, f.fingerprint, f.waived, f.message]),
  score: r.summary.score,
});

/** A binary PGM (P5) as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const buf = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not a binary PGM`);
  const [whole, w, h] = header;
  const width = Number(w);
  const offset = Buffer.byteLength(whole!, 'latin1');
  return { width, height: Number(h), at: (x, y) => buf[offset + y * width + x]! };
}

describe.skipIf(missing.length > 0)('in Debian chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sferum-browser-'));
    pageFile = (await buildWebPage(join(dir, 'sferum-compliance.html'))).file;
    // One audit writes the report and the act (each file is what a one-format run writes).
    await cli([
      'audit',
      join(EXAMPLE, 'school.yaml'),
      '--as-of',
      AS_OF,
      '--fail-on',
      'none',
      '-q',
      '-f',
      `json:${join(dir, 'cli.json')}`,
      '-f',
      `html:${join(dir, 'act.html')}`,
      '--auditor',
      'Иванова Ирина Ивановна',
      '--position',
      'главный специалист управления образования',
      '--act-date',
      '2026-12-01',
    ]);
    cliReport = JSON.parse(readFileSync(join(dir, 'cli.json'), 'utf8')) as Report;
    const { chromium } = await import('playwright-core');
    // --lang: date fields read and show dates the Russian way, as on a school's computer.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--lang=ru-RU'] });
    // The act as the browser prints it with its default settings (no background graphics).
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'act.html')).href);
    actPdf = join(dir, 'act.pdf');
    await page.pdf({ path: actPdf, format: 'A4', preferCSSPageSize: true });
    await page.close();
    actPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [actPdf], { encoding: 'utf8' }))?.[1]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('the offline page', () => {
    // One page audits the dropped example, shared by the tests that read it (each audit on a page
    // costs about as much as the rest of a test): made on first use, so a test run alone still works.
    let example: Promise<{ page: Page; requests: string[] }> | undefined;
    const auditedExample = () =>
      (example ??= (async () => {
        const page = await browser.newPage({ locale: 'ru-RU' });
        const requests = watchRequests(page);
        await auditOnPage(page);
        return { page, requests };
      })());
    afterAll(async () => {
      if (example) await (await example).page.close();
    });

    it('is one file under a CSP that allows no request', () => {
      const html = readFileSync(pageFile, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\s*\/?>/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/^default-src 'none';/);
      expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toMatch(/connect-src|'unsafe-inline'[^;]*script|script-src[^;]*'unsafe-inline'/);
      // Every schema is compiled at build time: the page may build no function from a string.
      expect(csp).not.toContain('unsafe-eval');
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src="http/i);
    });

    it('audits the dropped example like the CLI, with no network request', async () => {
      const { page, requests } = await auditedExample();
      expect(await page.locator('#diagnostics').isHidden()).toBe(true);
      expect(await page.textContent('#status')).toContain(
        `индекс соответствия ${cliReport.summary.score} из 100`,
      );
      // The report the page offers for download is the CLI's report, verdict for verdict.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-json')]);
      const pageReport = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Report;
      expect(verdicts(pageReport)).toEqual(verdicts(cliReport));
      // And the act on the page shows the same clause statuses.
      const frame = page.frameLocator('#report');
      const statuses = await frame
        .locator('#checklist tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.children[0]!.textContent,
            /st-([a-z-]+)/.exec(r.querySelector('.status')!.className)![1],
          ]),
        );
      expect(statuses).toEqual(cliReport.clauses.map((c) => [c.id, c.status]));
      // The CSP stops the page's own attempts, too.
      const attempt = await page.evaluate(() =>
        fetch('https://example.org/').then(
          () => 'sent',
          (e: Error) => `blocked: ${e.name}`,
        ),
      );
      expect(attempt).toMatch(/^blocked/);
      expect(requests).toEqual([]);
      if (UPDATE_SCREENSHOTS) {
        await page.setViewportSize({ width: 1200, height: 860 });
        await page.screenshot({ path: join(IMG_DIR, 'web-page.png') });
      }
    });

    it('shows input errors with file, line and column', async () => {
      const broken = join(dir, 'broken');
      mkdirSync(join(broken, 'exports'), { recursive: true });
      for (const f of DROPPED) copyFileSync(join(EXAMPLE, f), join(broken, f));
      const csv = readFileSync(join(broken, 'people.csv'), 'utf8').split('\n');
      const line = csv.findIndex((l) => l.includes(';ученик;'));
      csv[line] = csv[line]!.replace(';ученик;', ';ученек;');
      writeFileSync(join(broken, 'people.csv'), csv.join('\n'));
      const page = await browser.newPage();
      await auditOnPage(
        page,
        DROPPED.map((f) => join(broken, f)),
      );
      const text = await page.locator('#diagnostics ol.error').textContent();
      expect(text).toMatch(new RegExp(`people\\.csv:${line + 1}:\\d+`));
      expect(await page.locator('#result').isHidden()).toBe(true);
      await page.close();
    });

    it('switches to English and back', async () => {
      const { page } = await auditedExample();
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      await page.click('#lang');
      await page.waitForFunction(
        () =>
          document.documentElement.lang === 'en' &&
          /compliance score/.test(document.getElementById('status')!.textContent ?? ''),
      );
      await expect.poll(() => page.frameLocator('#report').locator('html').getAttribute('lang')).toBe('en');
      await page.click('#lang');
      await page.waitForFunction(
        () =>
          document.documentElement.lang === 'ru' &&
          /индекс/.test(document.getElementById('status')!.textContent ?? ''),
      );
      await expect.poll(() => page.frameLocator('#report').locator('html').getAttribute('lang')).toBe('ru');
    });
  });

  describe('the printed act', () => {
    it('is A4 with «стр. N из M» on every page', () => {
      const info = execFileSync('pdfinfo', [actPdf], { encoding: 'utf8' });
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      // A4 is 595.28 × 841.89 pt; Chromium rounds to whole device pixels.
      expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);
      expect(actPages).toBeGreaterThan(1);
      for (let n = 1; n <= actPages; n++) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', actPdf, '-'], {
          encoding: 'utf8',
        });
        expect(text.replace(/\s+/g, ' ')).toContain(`стр. ${n} из ${actPages}`);
      }
    });

    it('ends with the signature block, on the last page only', () => {
      const pageText = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), actPdf, '-'], { encoding: 'utf8' });
      const last = pageText(actPages);
      expect(last).toContain('Проверку провёл(а)');
      expect(last).toContain('Иванова Ирина Ивановна');
      expect(last).toContain('главный специалист управления образования');
      expect(last).toContain('М. П.');
      for (let n = 1; n < actPages; n++) expect(pageText(n)).not.toContain('Проверку провёл(а)');
      // The evidence a person can read: a masked value and file:line, under the critical finding.
      const all = execFileSync('pdftotext', [actPdf, '-'], { encoding: 'utf8' });
      expect(all).toMatch(/channels\.csv:14:\d+/);
      expect(all).toContain('Подтверждения ответственных лиц');
    });

    it('keeps the severity badges apart in grayscale', () => {
      // Where the badges of the summary table are on page 1: the first occurrence of each
      // severity word (the chart legend repeats them further down), in PDF points from the top left.
      const words = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', actPdf, '-'], {
        encoding: 'utf8',
      });
      const scale = 96 / 72;
      const boxes = ['критическая', 'высокая', 'средняя', 'низкая', 'информация'].map((word) => {
        const m = new RegExp(
          `<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="([\\d.]+)" yMax="([\\d.]+)">${word}</word>`,
        ).exec(words);
        if (!m) throw new Error(`no «${word}» on page 1`);
        const [x0, y0, x1, y1] = m.slice(1).map((v) => Number(v) * scale) as [number, number, number, number];
        return { word, x0, y0, x1, y1 };
      });
      execFileSync('pdftoppm', ['-gray', '-r', '96', '-f', '1', '-l', '1', actPdf, join(dir, 'gray')]);
      const img = readPgm(join(dir, 'gray-01.pgm'));
      // The badge's fill is the most frequent gray level under its word: glyph strokes cover
      // far less of the box than the background does.
      const fill = boxes.map((b) => {
        const counts = new Map<number, number>();
        for (let y = Math.ceil(b.y0); y < Math.floor(b.y1); y++) {
          for (let x = Math.ceil(b.x0); x < Math.floor(b.x1); x++)
            counts.set(img.at(x, y), (counts.get(img.at(x, y)) ?? 0) + 1);
        }
        return [...counts].sort((a, b2) => b2[1] - a[1] || a[0] - b2[0])[0]![0];
      });
      console.log(`badge fill in grayscale, critical → info: ${fill.join(', ')}`);
      // Darkest to lightest in order of severity, neighbours at least 25 of 255 levels apart.
      for (let i = 1; i < fill.length; i++)
        expect(fill[i]! - fill[i - 1]!, `${boxes[i - 1]!.word} / ${boxes[i]!.word}`).toBeGreaterThanOrEqual(
          25,
        );
      if (UPDATE_SCREENSHOTS) {
        execFileSync('pdftoppm', ['-png', '-r', '64', '-f', '1', '-l', '1', actPdf, join(dir, 'act')]);
        copyFileSync(join(dir, 'act-01.png'), join(IMG_DIR, 'act-page-1.png'));
      }
    });
  });

  it('the README screenshots exist and stay small', () => {
    for (const name of ['web-page.png', 'act-page-1.png']) {
      const file = join(IMG_DIR, name);
      expect(existsSync(file), `${name}: run UPDATE_SCREENSHOTS=1 npx vitest run test/browser`).toBe(true);
      expect(statSync(file).size).toBeLessThan(300 * 1024);
      expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain(`docs/img/${name}`);
    }
  });
});
