/** One file through the whole pipeline: load, normalise, run the rules, count. */
import { loadCatalogue } from '../catalogue/load.js';
import type { Assessment } from '../normalise/assessment.js';
import { countBySeverity, sortAndDedupe } from '../report/findings.js';
import type { FileReport } from '../report/types.js';
import { provisionIndex } from '../catalogue/provision-index.js';
import { isAnswered } from '../rules/helpers.js';
import { rules } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import type { Finding } from '../rules/types.js';
import { unreadableDocument } from '../rules/unreadable-document.js';
import { type LoadFailure, loadAssessment } from './load-assessment.js';
import type { CheckOptions } from './options.js';

export type FileOutcome =
  | { ok: true; report: FileReport }
  /** The file could not be checked: `check` aborts on `missing`/`invalid`; `scan` reports every failure as a finding. */
  | { ok: false; failure: LoadFailure; report: FileReport };

export async function checkFile(path: string, display: string, options: CheckOptions): Promise<FileOutcome> {
  const loaded = await loadAssessment(path, display, options);
  if (!loaded.ok) {
    const { ok: _ok, ...failure } = loaded;
    return { ok: false, failure, report: unreadableReport(display, failure, options) };
  }
  return { ok: true, report: assessmentReport(loaded.assessment, options) };
}

export function assessmentReport(assessment: Assessment, options: Pick<CheckOptions, 'rules'>): FileReport {
  const catalogue = loadCatalogue(assessment.code);
  const findings = sortAndDedupe(runRules(assessment, catalogue, rules, options.rules));
  const index = provisionIndex(catalogue);
  const found = new Set(assessment.provisions.filter((p) => index.has(p.id)).map((p) => p.id));
  const answered = new Set(
    assessment.provisions.filter((p) => index.has(p.id) && isAnswered(p, index.get(p.id))).map((p) => p.id),
  );
  return {
    file: assessment.file,
    format: assessment.format,
    code: assessment.code,
    detection: assessment.detection,
    landlord: assessment.landlord,
    unreadable: false,
    counts: {
      provisions: catalogue.provisions.length,
      found: found.size,
      answered: answered.size,
      ...countBySeverity(findings),
    },
    findings,
  };
}

export function unreadableReport(
  display: string,
  failure: LoadFailure,
  options: Pick<CheckOptions, 'rules'>,
): FileReport {
  const setting = options.rules[unreadableDocument.id];
  const findings: Finding[] =
    setting === 'off'
      ? []
      : [
          {
            rule: unreadableDocument.id,
            severity: setting ?? unreadableDocument.severity,
            file: display,
            message: failure.message,
            hint: hintFor(failure),
            ...('location' in failure && failure.location ? { location: failure.location } : {}),
          },
        ];
  return {
    file: display,
    unreadable: true,
    counts: { provisions: 0, found: 0, answered: 0, ...countBySeverity(findings) },
    findings,
  };
}

function hintFor(failure: LoadFailure): string {
  if (failure.kind === 'missing') return 'check the path';
  if (failure.kind === 'invalid')
    return 'fix the YAML at the line shown; `assess init --code 2024` prints a valid form';
  const m = failure.message;
  if (/password/i.test(m)) return 'remove the password and save it again, or give it with --password (PDF)';
  if (/OCR|text layer/i.test(m)) return 'run OCR on the scan (or export the form again from Word) so the PDF has text';
  if (/\.doc\b|RTF|XML\/HTML/i.test(m)) return 'open it in Word and save it as .docx';
  if (/limit/i.test(m)) return 'raise the limit with --max-size or --max-pages if the file is genuine';
  if (/no provisions|Code version/i.test(m))
    return 'check that this is a Complaint Handling Code self-assessment; pass --code 2020|2022|2024 if the version cannot be told';
  return unreadableDocument.docs.fix;
}
