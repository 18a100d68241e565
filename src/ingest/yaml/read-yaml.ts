/**
 * Reading a canonical YAML assessment: YAML 1.2 (so `Yes` stays a string), duplicate keys rejected,
 * scalars read from their source text where YAML would change them (`id: 6.10` is "6.10", not 6.1),
 * and every problem located by line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Location } from '../document.js';

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
}

export type YamlRead =
  | { ok: true; data: unknown; locate: (path: (string | number)[]) => Location | undefined }
  | { ok: false; problem: YamlProblem };

/** Keys whose values are text even when YAML reads a number, a boolean or a date. */
const TEXT_KEYS = new Set(['id', 'comply', 'evidence', 'commentary', 'requirement', 'code', 'landlord', 'period']);

function keepSourceText(doc: Document, node: unknown, src: string): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = pair.value;
      if (
        key !== undefined &&
        TEXT_KEYS.has(key) &&
        isScalar(value) &&
        typeof value.value !== 'string' &&
        value.value !== null &&
        value.range
      ) {
        value.value = src.slice(value.range[0], value.range[1]).trim();
      } else {
        keepSourceText(doc, value, src);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) keepSourceText(doc, item, src);
  }
}

/**
 * Most aliases (`*name`) a form may use. A form needs none; the yaml library resolves each alias by walking the
 * document up to it, so a large file with thousands of them took tens of seconds before failing.
 */
export const MAX_ALIASES = 100;

/** The first key that is a mapping or a list (`? [a, b]: …`), which a form never has and JavaScript cannot keep. */
function firstComplexKey(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key) && typeof pair.key === 'object') {
        found = pair.key as Node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function countAliases(doc: Document): number {
  let count = 0;
  visit(doc, {
    Alias() {
      count++;
      return count > MAX_ALIASES ? visit.BREAK : undefined;
    },
  });
  return count;
}

export function readYaml(src: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, strict: true, uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'YAML syntax error';
    return { ok: false, problem: { message, ...(pos ? { line: pos.line, column: pos.col } : {}) } };
  }
  if (countAliases(doc) > MAX_ALIASES) {
    return { ok: false, problem: { message: `more than ${MAX_ALIASES} aliases (*name): a form needs none` } };
  }
  const complex = firstComplexKey(doc);
  if (complex) {
    const pos = complex.range ? lineCounter.linePos(complex.range[0]) : undefined;
    return {
      ok: false,
      problem: {
        message: 'a key that is a list or a mapping (written with "? " or as [..] or {..}): keys are plain words',
        ...(pos ? { line: pos.line, column: pos.col } : {}),
      },
    };
  }
  keepSourceText(doc, doc.contents, src);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problem: { message: (e as Error).message } };
  }
  const locate = (path: (string | number)[]): Location | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) {
        const { line, col } = lineCounter.linePos(start);
        return { line, column: col };
      }
    }
    return undefined;
  };
  return { ok: true, data, locate };
}

/** "/provisions/3/comply" → ["provisions", 3, "comply"]. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
