/**
 * Whether an XML part has content outside its root element: elements or text before it starts or after it
 * ends. Word never writes that, and mammoth's XML parser (xmldom) checks each node it adds at the top level
 * against all the others, so a damaged part of 10,000 paragraphs after its root took over 90 s. Found here in
 * one pass over the text instead, before the parser sees it.
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

export function contentOutsideRoot(xml: string): boolean {
  const start = skipMisc(xml, xml.charCodeAt(0) === 0xfeff ? 1 : 0);
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(start, start + 256))?.[1];
  if (!name) return start < xml.length;
  const startTagEnd = xml.indexOf('>', start);
  const selfClosing = startTagEnd > 0 && xml[startTagEnd - 1] === '/';
  const endTag = selfClosing ? startTagEnd : xml.lastIndexOf(`</${name}`);
  // A root that never closes is the parser's to judge (a truncated part): nothing here says more.
  if (endTag < 0) return false;
  const end = xml.indexOf('>', endTag);
  if (end < 0) return false;
  return skipMisc(xml, end + 1) < xml.length;
}
