/**
 * Whether an XML part is damaged, found in one linear pass over its text before mammoth's parser (xmldom)
 * sees it. Word and every other writer produce well-formed XML, and Word itself refuses a part that is not;
 * xmldom instead repairs as it goes, and some repairs are quadratic: content outside the root is checked
 * node by node against every other top-level node (10,000 stray paragraphs took over 90 s), and an
 * unclosed attribute or a stray end tag can drop it back to the document level for every later element
 * (a damaged part of 100 KB took 7 s, 200 KB 37 s).
 *
 * The pass checks the outline only: one root, every start tag ended before the next `<`, every end tag
 * matching the element it closes, comments, CDATA and instructions closed, and nothing but whitespace,
 * comments and instructions around the root. Names, attributes and entities are the parser's to judge.
 */

/** Skip whitespace, the XML declaration, processing instructions, comments and a DOCTYPE from `at`. */
function skipMisc(xml: string, at: number): number {
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at] as string)) at++;
    const close = xml.startsWith('<?', at)
      ? xml.indexOf('?>', at) + 2
      : xml.startsWith('<!--', at)
        ? xml.indexOf('-->', at) + 3
        : xml.startsWith('<!DOCTYPE', at)
          ? xml.indexOf('>', at) + 1
          : -1;
    // -1 (nothing to skip) or an unclosed one (indexOf gave -1, +2/+3/+1): stop here.
    if (close <= at) return at;
    at = close;
  }
}

/** A start tag's end: the first `>` outside quoted attribute values, or -1 when a `<` or the end comes first. */
const TAG_END = /(?:[^<>"']|"[^<"]*"|'[^<']*')*>/y;

function tagEnd(xml: string, from: number): number {
  TAG_END.lastIndex = from;
  return TAG_END.test(xml) ? TAG_END.lastIndex - 1 : -1;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME = /[^\s/>]+/y;

/** What is wrong with the part's outline, in a few words; undefined when it is sound. */
export function xmlDamage(xml: string): string | undefined {
  const first = skipMisc(xml, xml.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (first >= xml.length) return 'no content';
  if (xml[first] !== '<' || !NAME_START.test(xml[first + 1] ?? '')) return 'content outside the document';
  const open: string[] = [];
  let i = first;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return 'an element that is never closed';
    let next: number;
    if (xml.startsWith('<!--', lt)) next = xml.indexOf('-->', lt + 4) + 3;
    else if (xml.startsWith('<![CDATA[', lt)) next = xml.indexOf(']]>', lt + 9) + 3;
    else if (xml.startsWith('<?', lt)) next = xml.indexOf('?>', lt + 2) + 2;
    else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) return 'an end tag that never ends';
      if (open.pop() !== xml.slice(lt + 2, end).trimEnd()) return 'an end tag that does not match its element';
      if (open.length === 0) {
        return skipMisc(xml, end + 1) < xml.length ? 'content outside the document' : undefined;
      }
      next = end + 1;
    } else if (NAME_START.test(xml[lt + 1] ?? '')) {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) return 'a tag that never ends';
      if (xml[end - 1] !== '/') {
        NAME.lastIndex = lt + 1;
        open.push(NAME.exec(xml)?.[0] ?? '');
      } else if (open.length === 0) {
        return skipMisc(xml, end + 1) < xml.length ? 'content outside the document' : undefined;
      }
      next = end + 1;
    } else return 'a stray "<"';
    if (next <= lt) return 'a comment or section that never ends';
    i = next;
  }
}
