/** Text for a terminal: without control characters, and wrapped at word boundaries to a width. */

/**
 * Removes C0 and C1 control characters (ESC, BEL, CSI …) and DEL, so text taken from a document cannot move the
 * cursor, clear the screen or set the window title. Tabs become spaces; line breaks are kept.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Splits text into lines of at most `width` characters at spaces; a word longer than the width is cut.
 * `indent` starts every line after the first (a hanging indent under a "↳ ").
 */
export function wrapWords(text: string, width: number, indent = ''): string[] {
  const max = Math.max(10, width);
  const out: string[] = [];
  const open = (): string => (out.length === 0 ? '' : indent);
  for (const paragraph of text.split('\n')) {
    let line = open();
    let empty = true;
    for (let word of paragraph.split(/ +/).filter((w) => w !== '')) {
      if (!empty && line.length + 1 + word.length <= max) {
        line += ` ${word}`;
        continue;
      }
      if (!empty) {
        out.push(line);
        line = open();
      }
      while (line.length + word.length > max) {
        const room = Math.max(1, max - line.length);
        out.push(line + word.slice(0, room));
        word = word.slice(room);
        line = open();
      }
      line += word;
      empty = false;
    }
    out.push(line);
  }
  return out;
}
