/** Small DOCX files built in the tests with the `docx` package. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';

export const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...options });

export const headerRow = (labels: string[]): TableRow =>
  new TableRow({
    tableHeader: true,
    children: labels.map(
      (l) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: l, bold: true })] })] }),
    ),
  });

export const row = (texts: (string | TableCell)[]): TableRow =>
  new TableRow({ children: texts.map((t) => (typeof t === 'string' ? cell(t) : t)) });

export const table = (rows: TableRow[]): Table => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

export async function docxBytes(children: FileChild[], options: { title?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({ ...(options.title ? { title: options.title } : {}), sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const LIMITS = { maxBytes: 50 * 2 ** 20, maxExpandedBytes: 200 * 2 ** 20 };
