/** `--format json`: the report as described by schemas/report.schema.json; byte-identical for the same input. */
import type { Formatter } from '../types.js';

export const json: Formatter = (report) => {
  const files = report.files.map((f) => ({
    file: f.file,
    format: f.format ?? null,
    code: f.code ?? null,
    codeName: f.codeName ?? null,
    landlord: f.landlord ?? null,
    landlordSource: f.landlordSource ?? null,
    detection: f.detection ?? null,
    unreadable: f.unreadable,
    failure: f.failure ?? null,
    counts: f.counts,
    // A form laid out by Code section, whose counts are of sections; absent for a form of provisions (unchanged).
    ...(f.layout ? { layout: f.layout } : {}),
    findings: f.findings.map((x) => ({
      rule: x.rule,
      severity: x.severity,
      provision: x.provision ?? null,
      message: x.message,
      hint: x.hint,
      location: x.location ?? null,
    })),
    // Scanned pages read by OCR; absent otherwise, so the JSON of a digital form is unchanged.
    ...(f.ocr ? { ocr: f.ocr } : {}),
    // `assess cases`: the case log's figures; absent for a self-assessment, so `check`'s JSON is unchanged.
    ...(f.cases ? { cases: f.cases } : {}),
  }));
  return `${JSON.stringify({ tool: report.tool, files, summary: report.summary }, null, 2)}\n`;
};
