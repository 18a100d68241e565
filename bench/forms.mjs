// Bench inputs: one full 2024 form as DOCX, PDF and YAML (72 provisions each), and a folder of
// 1,000 forms copied from the fixture forms (fixtures/docx, fixtures/pdf, fixtures/forms) mixed with
// those three. Everything is written under bench/tmp/ (gitignored) and reused when already there.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';

const HEADER = ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'];
const LANDLORD = 'Riverside Community Housing';

/** The 2024 catalogue's rows: [{ id, text }]. */
export function provisions(root) {
  const code = parse(readFileSync(join(root, 'codes', '2024.yaml'), 'utf8'));
  return code.provisions.map((p) => ({ id: String(p.id), text: String(p.text).replace(/\s+/g, ' ').trim() }));
}

/** A believable answer for row i: mostly Yes with evidence, some Partial/No with an explanation. */
function answer(i, id) {
  if (i % 17 === 5)
    return [
      'Partial',
      `Performance report Q3, item ${id}`,
      'Improvement plan approved by the Board; completion due in Q2.',
    ];
  if (i % 23 === 9) return ['No', '', `Not yet in place; action plan item ${i}.`];
  return [
    'Yes',
    `Complaints policy v4.2, section for ${id}`,
    i % 3 === 0 ? 'Checked in the quarterly audit of 20 cases.' : '',
  ];
}

export async function makeDocx(path, rows) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, WidthType } =
    await import('docx');
  const para = (t, o = {}) => new Paragraph({ children: [new TextRun({ text: t, ...o })] });
  const cell = (t, o = {}) =>
    new TableCell({
      children: String(t)
        .split('\n')
        .map((s) => para(s, o)),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [1100, 3300, 1100, 1900, 1900],
    rows: [
      new TableRow({ tableHeader: true, children: HEADER.map((h) => cell(h, { bold: true })) }),
      ...rows.map((p, i) => new TableRow({ children: [p.id, p.text, ...answer(i, p.id)].map((t) => cell(t)) })),
    ],
  });
  const doc = new Document({
    title: 'Complaint handling self-assessment 2024',
    sections: [
      {
        children: [
          new Paragraph({ text: LANDLORD, heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Complaint Handling Code self-assessment 2024, approved by the Board on 12 June 2024.'),
          table,
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

export async function makePdf(path, rows) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: 'Complaint handling self-assessment 2024', CreationDate: new Date('2024-06-01T00:00:00Z') },
  });
  const chunks = [];
  const done = new Promise((resolve, reject) => {
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(14).text(LANDLORD);
  doc.font('Helvetica').fontSize(10).text('Complaint Handling Code self-assessment 2024');
  doc.moveDown(0.5);
  doc.fontSize(8);
  doc.table({
    columnStyles: [50, 215, 55, 95, 100],
    rowStyles: (i) => (i === 0 ? { font: { src: 'Helvetica-Bold' } } : {}),
    defaultStyle: { padding: 3 },
    data: [HEADER, ...rows.map((p, i) => [p.id, p.text, ...answer(i, p.id)])],
  });
  doc.end();
  await done;
  writeFileSync(path, Buffer.concat(chunks));
}

/** `assess init --code 2024`, filled in. */
export function makeYaml(root, path) {
  const blank = execFileSync(
    process.execPath,
    [join(root, 'bin', 'assess.js'), 'init', '--code', '2024', '--landlord', LANDLORD],
    { encoding: 'utf8' },
  );
  let i = 0;
  const filled = blank.replace(
    /- id: "([^"]+)"\n(\s+)comply: ""\n\s+evidence: ""\n\s+commentary: ""/g,
    (_m, id, indent) => {
      const [comply, evidence, commentary] = answer(i++, id);
      return `- id: "${id}"\n${indent}comply: "${comply}"\n${indent}evidence: "${evidence}"\n${indent}commentary: "${commentary}"`;
    },
  );
  writeFileSync(path, filled);
}

/** Every .docx, .pdf, .yaml, .yml below the fixture form folders that exist. */
export function fixtureForms(root) {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && ['.docx', '.pdf', '.yaml', '.yml'].includes(extname(e.name).toLowerCase())) found.push(p);
    }
  };
  for (const sub of ['docx', 'pdf', 'forms']) {
    const dir = join(root, 'fixtures', sub);
    if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir);
  }
  return found.sort();
}

/**
 * bench/tmp/single/form.{docx,pdf,yaml} and bench/tmp/batch/ (n files, round-robin over the sources,
 * grouped 100 to a subfolder). Rebuilt when the count or the sources change.
 */
export async function prepare(root, n = 1000) {
  const tmp = join(root, 'bench', 'tmp');
  const single = join(tmp, 'single');
  mkdirSync(single, { recursive: true });
  const rows = provisions(root);
  const docx = join(single, 'form.docx');
  const pdf = join(single, 'form.pdf');
  const yaml = join(single, 'form.yaml');
  if (!existsSync(docx)) await makeDocx(docx, rows);
  if (!existsSync(pdf)) await makePdf(pdf, rows);
  if (!existsSync(yaml)) makeYaml(root, yaml);

  const fixtures = fixtureForms(root);
  const sources = [docx, pdf, yaml, ...fixtures];
  const batch = join(tmp, 'batch');
  const stamp = join(tmp, 'batch.json');
  const wanted = JSON.stringify({ n, sources });
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
    rmSync(batch, { recursive: true, force: true });
    for (let i = 0; i < n; i++) {
      const src = sources[i % sources.length];
      const dir = join(batch, `group-${String(Math.floor(i / 100)).padStart(2, '0')}`);
      mkdirSync(dir, { recursive: true });
      copyFileSync(src, join(dir, `form-${String(i).padStart(4, '0')}${extname(src).toLowerCase()}`));
    }
    writeFileSync(stamp, wanted);
  }
  const mix = { docx: 0, pdf: 0, yaml: 0 };
  for (let i = 0; i < n; i++) {
    const ext = extname(sources[i % sources.length]).toLowerCase();
    mix[ext === '.yml' ? 'yaml' : ext.slice(1)]++;
  }
  // A long PDF: a real-writer form 40 times over (pdfunite, from poppler-utils), when pdfunite is there.
  const big = join(single, 'big.pdf');
  const source = join(root, 'fixtures', 'pdf', 'lo-council-2024.pdf');
  let bigPdf;
  if (existsSync(big)) bigPdf = big;
  else if (spawnSync('pdfunite', ['-v']).error === undefined) {
    const r = spawnSync('pdfunite', [...Array(40).fill(source), big]);
    if (r.status === 0) bigPdf = big;
  }
  const pages = bigPdf
    ? Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [bigPdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? 480)
    : 0;
  return { docx, pdf, yaml, batch, n, fixtures: fixtures.length, mix, ...(bigPdf ? { bigPdf, bigPages: pages } : {}) };
}
