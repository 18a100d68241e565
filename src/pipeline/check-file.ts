/** One file through the whole pipeline: load, normalise, run the rules, count. */
import { failureHint, type Failure } from '../failure/failure.js';
import { loadCatalogue } from '../catalogue/load.js';
import type { Assessment } from '../normalise/assessment.js';
import { capPerRule, countBySeverity, sortAndDedupe } from '../report/findings.js';
import type { FileReport } from '../report/types.js';
import { provisionIndex } from '../catalogue/provision-index.js';
import { sectionById } from '../catalogue/sections.js';
import { isAnswered, isSectionForm } from '../rules/helpers.js';
import { rules } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import type { Finding } from '../rules/types.js';
import { unreadableDocument } from '../rules/unreadable-document.js';
import { loadAssessment, loadJoined, type Part } from './load-assessment.js';
import type { CheckOptions } from './options.js';

export type FileOutcome =
  | { ok: true; report: FileReport }
  /** The file could not be checked: `check` aborts when the failure says so; `scan` reports every one as a finding. */
  | { ok: false; failure: Failure; report: FileReport };

/** One file through the whole pipeline; with `parts`, those files read as one form (`check --join`). */
export async function checkFile(
  path: string,
  display: string,
  options: CheckOptions,
  parts?: readonly Part[],
): Promise<FileOutcome> {
  const loaded =
    parts && parts.length > 1
      ? await loadJoined(parts, display, options)
      : await loadAssessment(path, display, options);
  if (!loaded.ok) {
    return { ok: false, failure: loaded.failure, report: unreadableReport(display, loaded.failure, options) };
  }
  return { ok: true, report: assessmentReport(loaded.assessment, options) };
}

export function assessmentReport(assessment: Assessment, options: Pick<CheckOptions, 'rules'>): FileReport {
  const catalogue = loadCatalogue(assessment.code);
  const findings = capPerRule(sortAndDedupe(runRules(assessment, catalogue, rules, options.rules)));
  const index = provisionIndex(catalogue);
  // A form laid out by Code section is counted in sections.
  const bySection = isSectionForm(assessment, catalogue);
  const known = (id: string): boolean => (bySection ? sectionById(catalogue, id) !== undefined : index.has(id));
  const found = new Set(assessment.provisions.filter((p) => known(p.id)).map((p) => p.id));
  const answered = new Set(
    assessment.provisions.filter((p) => known(p.id) && isAnswered(p, index.get(p.id))).map((p) => p.id),
  );
  return {
    file: assessment.file,
    format: assessment.format,
    code: assessment.code,
    codeName: catalogue.name,
    detection: assessment.detection,
    landlord: assessment.landlord,
    landlordSource: assessment.landlordSource,
    unreadable: false,
    counts: {
      provisions: bySection ? catalogue.sections.length : catalogue.provisions.length,
      found: found.size,
      answered: answered.size,
      ...countBySeverity(findings),
    },
    ...(bySection ? { layout: 'sections' as const } : {}),
    findings,
    ...(assessment.ocr ? { ocr: { pages: assessment.ocr.pages } } : {}),
  };
}

export function unreadableReport(display: string, failure: Failure, options: Pick<CheckOptions, 'rules'>): FileReport {
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
            hint: failureHint(failure),
            ...(failure.location ? { location: failure.location } : {}),
          },
        ];
  return {
    file: display,
    unreadable: true,
    failure: failure.code,
    counts: { provisions: 0, found: 0, answered: 0, ...countBySeverity(findings) },
    findings,
  };
}
