import type * as TS from 'typescript';
import { ts } from '../typescript.js';

export const MAX_FUNCTION_LINES = 80;
/** The comment that lets a function stay long: `// long-function: <why>` directly above it. */
export const JUSTIFICATION = /\/\/\s*long-function:\s*\S/;

export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
  justified: boolean;
}

function nameOf(node: TS.Node, source: TS.SourceFile): string {
  const named = node as TS.Node & { name?: TS.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return parent.name.getText(source);
  return '(anonymous)';
}

/** The statement whose leading comments speak for a function: itself, or the declaration holding it. */
function commentAnchor(node: TS.Node): TS.Node {
  let anchor: TS.Node = node;
  while (
    anchor.parent &&
    (ts.isVariableDeclaration(anchor.parent) ||
      ts.isVariableDeclarationList(anchor.parent) ||
      ts.isVariableStatement(anchor.parent) ||
      ts.isPropertyAssignment(anchor.parent) ||
      ts.isPropertyDeclaration(anchor.parent) ||
      ts.isExportAssignment(anchor.parent))
  ) {
    anchor = anchor.parent;
  }
  return anchor;
}

/** Functions (declarations, methods, arrows, expressions) longer than `max` lines in one source. */
export function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): LongFunction[] {
  // A file of `max` lines or fewer holds no longer function: most files are not parsed at all.
  if (lineCount(text) <= max) return [];
  // JSDoc is not parsed: the justification is an ordinary comment, read from the text.
  const source = ts.createSourceFile(
    file,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
  );
  const out: LongFunction[] = [];
  const visit = (node: TS.Node) => {
    if (ts.isFunctionLike(node) && (node as TS.FunctionLikeDeclaration).body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) {
        const anchor = commentAnchor(node);
        const comments = ts.getLeadingCommentRanges(text, anchor.getFullStart()) ?? [];
        const justified = comments.some((c) => JUSTIFICATION.test(text.slice(c.pos, c.end)));
        out.push({ file, name: nameOf(node, source), line: start + 1, lines, justified });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Lines as the parser counts them (CRLF, CR, LF, U+2028, U+2029 end a line). */
function lineCount(text: string): number {
  return (text.match(/\r\n?|[\n\u2028\u2029]/g)?.length ?? 0) + 1;
}
