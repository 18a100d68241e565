// The baseline of `scan --jobs 1`: what a hand-written batch script costs, reading every form of a folder with the
// raw extractors in one process, one after another (mammoth convertToHtml, pdf-parse getText, yaml parse), and
// doing nothing with the result. Prints the count read.
//
//   node bench/raw-batch.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { parse } from 'yaml';

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

let read = 0;
for (const file of walk(process.argv[2])) {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') await mammoth.convertToHtml({ path: file });
  else if (ext === '.pdf') {
    const p = new PDFParse({ data: readFileSync(file) });
    await p.getText();
    await p.destroy();
  } else if (ext === '.yaml' || ext === '.yml') parse(readFileSync(file, 'utf8'));
  else continue;
  read++;
}
process.stderr.write(`Read ${read} files\n`);
