/**
 * The one module that writes YAML (`normalise`, `init`, `print-config`). The library is imported
 * statically: a dynamic `import('yaml')` of its CommonJS build gives, in the bundle, a namespace without
 * its named exports ("Document is not a constructor").
 */
import { Document, Scalar, YAMLMap, YAMLSeq, visit } from 'yaml';

export interface YamlEntry {
  /** Written before the entry as a `#` comment. */
  comment?: string;
  value: Record<string, unknown>;
}

/**
 * YAML text of plain data. With `quoteStrings`, every string is double-quoted so ids ("6.10"),
 * answers ("Yes") and dates stay strings for every YAML reader.
 */
export function toYamlText(
  data: unknown,
  options: {
    header?: string;
    quoteStrings?: boolean;
    /** A comment before each item of a top-level list (`assess migrate`: what changed in a provision carried over). */
    itemComments?: { key: string; comments: readonly (string | undefined)[] };
  } = {},
): string {
  const doc = new Document(data);
  if (options.itemComments) {
    const seq = doc.get(options.itemComments.key, true);
    if (seq instanceof YAMLSeq) {
      options.itemComments.comments.forEach((comment, i) => {
        const item: unknown = seq.items[i];
        if (comment !== undefined && item instanceof YAMLMap) item.commentBefore = comment;
      });
    }
  }
  if (options.quoteStrings) {
    visit(doc, {
      Scalar(key, node) {
        if (key !== 'key' && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
      },
    });
  }
  if (options.header !== undefined) doc.commentBefore = options.header;
  return doc.toString({ lineWidth: 0 });
}

/**
 * A form to fill in: top-level fields, then a list whose items each carry a comment.
 * Strings in `quoted` fields and in every list item are double-quoted.
 */
export function toYamlForm(
  fields: Record<string, string>,
  quoted: readonly string[],
  list: { key: string; items: YamlEntry[] },
  header: string,
): string {
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  const scalar = (value: string, quote: boolean): Scalar => {
    const s = new Scalar(value);
    if (quote) s.type = Scalar.QUOTE_DOUBLE;
    return s;
  };
  for (const [key, value] of Object.entries(fields)) root.set(key, scalar(value, quoted.includes(key)));
  const seq = new YAMLSeq();
  for (const entry of list.items) {
    const item = new YAMLMap();
    for (const [key, value] of Object.entries(entry.value)) item.set(key, scalar(String(value), true));
    if (entry.comment !== undefined) item.commentBefore = entry.comment;
    seq.items.push(item);
  }
  root.set(list.key, seq);
  doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
