import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/escape-html.js';
import { formatReport, HTML_CSP } from '../../src/format/index.js';
import { htmlOffences, readHtml } from './helpers.js';
import { buildHostileReport, buildSampleReport, mapReportText } from './sample-report.js';

function attr(el: { attrs: { name: string; value: string }[] }, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

describe('html format', () => {
  it('is one self-contained page: charset, lang, strict CSP, inline style, no script, no external URL', () => {
    const html = formatReport(buildSampleReport(), 'html');
    const { elements } = readHtml(html);
    expect(htmlOffences(html)).toEqual([]);
    expect(elements.find((e) => e.tag === 'html')?.attrs).toEqual([{ name: 'lang', value: 'ru' }]);
    const metas = elements.filter((e) => e.tag === 'meta');
    expect(metas.some((m) => attr(m, 'charset') === 'utf-8')).toBe(true);
    const csp = metas.find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    expect(attr(csp!, 'content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(HTML_CSP).toBe(attr(csp!, 'content'));
    expect(elements.filter((e) => e.tag === 'script')).toHaveLength(0);
    expect(elements.filter((e) => e.tag === 'link')).toHaveLength(0);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('has the checklist with a colour class and a text label per clause', () => {
    const report = buildSampleReport();
    const html = formatReport(report, 'html');
    const { elements, textNodes } = readHtml(html);
    const rows = elements.filter((e) => e.tag === 'tr' && /^c-\d+$/.test(attr(e, 'id') ?? ''));
    expect(rows).toHaveLength(report.clauses.length);
    const badges = elements.filter(
      (e) => e.tag === 'span' && (attr(e, 'class') ?? '').startsWith('status st-'),
    );
    for (const status of new Set(report.clauses.map((c) => c.status))) {
      expect(badges.some((b) => attr(b, 'class') === `status st-${status}`)).toBe(true);
    }
    expect(textNodes).toContain('требуется подтверждение');
    expect(textNodes).toContain('нарушен');
  });

  it('draws one stacked bar per clause with unwaived findings, segments summing to the total', () => {
    const report = buildSampleReport();
    const { elements } = readHtml(formatReport(report, 'html'));
    const svg = elements.filter((e) => e.namespace === 'http://www.w3.org/2000/svg');
    const bars = svg.filter((e) => e.tag === 'g' && attr(e, 'class') === 'bar');
    const expected = report.clauses.filter((c) => c.findings > 0);
    expect(bars.map((b) => attr(b, 'data-clause'))).toEqual(expected.map((c) => c.id));
    bars.forEach((b, i) => expect(Number(attr(b, 'data-total'))).toBe(expected[i]!.findings));
    // Segments: one per (clause, severity) present among unwaived findings.
    const segs = svg.filter((e) => e.tag === 'rect' && attr(e, 'class') === 'seg');
    const pairs = new Set(
      report.findings.filter((f) => !f.waived).flatMap((f) => f.clauses.map((c) => `${c}/${f.severity}`)),
    );
    expect(segs).toHaveLength(pairs.size);
    // The clause with only a waived finding gets no bar.
    expect(bars.some((b) => attr(b, 'data-clause') === '2.1.b')).toBe(false);
  });

  it('lists findings with the waived one marked', () => {
    const report = buildSampleReport();
    const { elements, text } = readHtml(formatReport(report, 'html'));
    const waivedRows = elements.filter((e) => e.tag === 'tr' && attr(e, 'class') === 'waived');
    expect(waivedRows).toHaveLength(report.findings.filter((f) => f.waived).length);
    expect(text).toContain('исключение W-2025-007 до 2025-12-31');
    const hidden = readHtml(formatReport(report, 'html', { includeWaived: false }));
    expect(hidden.elements.filter((e) => e.tag === 'tr' && attr(e, 'class') === 'waived')).toHaveLength(0);
  });

  it('shows injected markup only as text', () => {
    const payload = '<script>alert(1)</script>';
    const report = mapReportText(buildSampleReport(), (_f, v) => `${payload}${v}`);
    const html = formatReport(report, 'html');
    const parsed = readHtml(html);
    expect(htmlOffences(html)).toEqual([]);
    expect(parsed.elements.filter((e) => e.tag === 'script')).toHaveLength(0);
    expect(parsed.textNodes.some((t) => t.includes(payload))).toBe(true);
  });

  it('escapes attribute breakouts: a hostile clause id stays inside data-clause', () => {
    const report = buildSampleReport();
    const evil = '"><img src=x onerror=alert(1)>';
    report.clauses = report.clauses.map((c) => (c.id === '2.final' ? { ...c, id: evil } : c));
    report.findings = report.findings.map((f) => ({
      ...f,
      clauses: f.clauses.map((c) => (c === '2.final' ? evil : c)),
    }));
    const html = formatReport(report, 'html');
    expect(htmlOffences(html)).toEqual([]);
    const bars = readHtml(html).elements.filter((e) => e.tag === 'g' && attr(e, 'class') === 'bar');
    expect(bars.map((b) => attr(b, 'data-clause'))).toContain(evil);
  });

  it('escapeHtml covers text and both attribute quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('hostile report: parses, nothing injected', () => {
    const html = formatReport(buildHostileReport(), 'html');
    expect(htmlOffences(html)).toEqual([]);
    expect(readHtml(html).textNodes.some((t) => t.includes('"><img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('English page has lang="en"', () => {
    const { elements } = readHtml(formatReport(buildSampleReport(), 'html', { language: 'en' }));
    expect(attr(elements.find((e) => e.tag === 'html')!, 'lang')).toBe('en');
  });
});
