import { parse as parseHtml } from 'parse5';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsvSync } from 'csv-parse/sync';

/** Structural readers for the format tests: real parsers, not string matching. */

// ---------- HTML ----------

export interface HtmlElement {
  tag: string;
  namespace: string;
  attrs: { name: string; value: string }[];
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

export interface ParsedHtml {
  elements: HtmlElement[];
  /** All text nodes, concatenated with a separator that cannot come from the input. */
  text: string;
  textNodes: string[];
  root: unknown;
}

export function readHtml(html: string): ParsedHtml {
  const doc = parseHtml(html) as unknown as P5Node;
  const elements: HtmlElement[] = [];
  const textNodes: string[] = [];
  const walk = (node: P5Node): void => {
    if (node.nodeName === '#text' && typeof node.value === 'string') textNodes.push(node.value);
    if (node.tagName)
      elements.push({ tag: node.tagName, namespace: node.namespaceURI ?? '', attrs: node.attrs ?? [] });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(doc);
  return { elements, textNodes, text: textNodes.join('\u0000'), root: doc };
}

/** Elements the HTML formatter emits; anything else in a parsed page was injected. */
export const HTML_TAGS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'style',
  'header',
  'h1',
  'h2',
  'dl',
  'dt',
  'dd',
  'nav',
  'a',
  'section',
  'div',
  'small',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'strong',
  'p',
  'ul',
  'li',
  'code',
  'footer',
  'svg',
  'g',
  'rect',
  'text',
]);

const URL_ATTRS = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
]);

/** Every way an HTML page could run or fetch something, as a list of offences (empty = safe). */
export function htmlOffences(html: string | ParsedHtml): string[] {
  const { elements } = typeof html === 'string' ? readHtml(html) : html;
  const problems: string[] = [];
  for (const el of elements) {
    if (!HTML_TAGS.has(el.tag)) problems.push(`unexpected element <${el.tag}>`);
    for (const attr of el.attrs) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${el.tag}>`);
      if (name === 'style') problems.push(`inline style attribute on <${el.tag}>`);
      if (URL_ATTRS.has(name) && !(attr.value.startsWith('#') || attr.value.startsWith('data:'))) {
        problems.push(`external URL ${name}=${attr.value} on <${el.tag}>`);
      }
      if (el.tag === 'meta' && name === 'http-equiv' && attr.value.toLowerCase() === 'refresh')
        problems.push('meta refresh');
    }
  }
  return problems;
}

// ---------- XML (JUnit) ----------

/** XML 1.0 Char production: anything else makes a document not well-formed. */
export const INVALID_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function validateXml(xml: string): true | string {
  const r = XMLValidator.validate(xml);
  if (r !== true) return `${r.err.code}: ${r.err.msg} (line ${r.err.line})`;
  // The validator does not check the character set; XML 1.0 §2.2 does.
  const bad = INVALID_XML_CHAR.exec(xml);
  return bad ? `invalid XML character U+${bad[0].codePointAt(0)?.toString(16)}` : true;
}

export interface JunitCase {
  classname: string;
  name: string;
  failure?: { type: string; message: string; text: string };
  skipped?: { message: string };
  systemOut?: string;
}

export interface JunitSuite {
  name: string;
  tests: number;
  failures: number;
  skipped: number;
  cases: JunitCase[];
}

export interface Junit {
  tests: number;
  failures: number;
  skipped: number;
  suites: JunitSuite[];
}

type XmlNode = Record<string, unknown>;

function attr(node: XmlNode | undefined, name: string): string {
  const v = node?.[`@_${name}`];
  return v === undefined ? '' : String(v);
}

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  const t = (node as XmlNode)['#text'];
  return t === undefined ? '' : String(t);
}

export function readJunit(xml: string): Junit {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  const doc = parser.parse(xml) as XmlNode;
  const root = doc.testsuites as XmlNode;
  const suites = ((root.testsuite as XmlNode[]) ?? []).map(
    (s): JunitSuite => ({
      name: attr(s, 'name'),
      tests: Number(attr(s, 'tests')),
      failures: Number(attr(s, 'failures')),
      skipped: Number(attr(s, 'skipped')),
      cases: ((s.testcase as XmlNode[]) ?? []).map((c): JunitCase => {
        const out: JunitCase = { classname: attr(c, 'classname'), name: attr(c, 'name') };
        const failure = c.failure as XmlNode | string | undefined;
        if (failure !== undefined) {
          out.failure = {
            type: typeof failure === 'object' ? attr(failure, 'type') : '',
            message: typeof failure === 'object' ? attr(failure, 'message') : '',
            text: text(failure),
          };
        }
        const skipped = c.skipped as XmlNode | string | undefined;
        if (skipped !== undefined)
          out.skipped = { message: typeof skipped === 'object' ? attr(skipped, 'message') : '' };
        if (c['system-out'] !== undefined) out.systemOut = text(c['system-out']);
        return out;
      }),
    }),
  );
  return {
    tests: Number(attr(root, 'tests')),
    failures: Number(attr(root, 'failures')),
    skipped: Number(attr(root, 'skipped')),
    suites,
  };
}

// ---------- CSV ----------

export function readCsv(csv: string, delimiter: ';' | ','): string[][] {
  return parseCsvSync(csv, {
    delimiter,
    bom: true,
    relax_quotes: false,
    relax_column_count: false,
    record_delimiter: ['\r\n'],
  }) as string[][];
}

// ---------- Markdown ----------

/** Positions of `ch` not escaped by an odd run of backslashes. */
export function unescapedIndexes(line: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== ch) continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) out.push(i);
  }
  return out;
}

/** Consecutive lines starting with `|`: the Markdown tables of a document. */
export function markdownTables(md: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) {
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else {
      current = undefined;
    }
  }
  return tables;
}

/** Rows whose unescaped pipe count differs from the header's (empty = every row has the header's shape). */
export function markdownTableShapeErrors(md: string): string[] {
  const errors: string[] = [];
  for (const table of markdownTables(md)) {
    const width = unescapedIndexes(table[0] ?? '', '|').length;
    for (const row of table) {
      const n = unescapedIndexes(row, '|').length;
      if (n !== width) errors.push(`${n} pipes instead of ${width}: ${row.slice(0, 120)}`);
    }
  }
  return errors;
}
