/**
 * The case log's findings: each one a result of a rule in the registry (src/rules/case-*.ts and the others
 * raised by `assess cases`), so every formatter and the exit-code policy treat them as `check`'s. One builder
 * per rule, in a table: a new case rule is a new row, not a new branch.
 */
import type { Catalogue } from '../catalogue/types.js';
import type { Location } from '../ingest/document.js';
import type { RuleResult } from '../rules/types.js';
import type { CaseSet } from './cases.js';
import type { Measured } from './measure.js';
import { isoOf } from './working-days.js';

export interface CaseFindingInput {
  set: CaseSet;
  measured: readonly Measured[];
  catalogue: Catalogue;
  asOf: number;
  /** Where a log row is: a text line of a CSV, a row of a spreadsheet (SARIF must not point into a zip's bytes). */
  at: (line: number) => Location;
}

/** Extensions on at least this share of a window's cases (and at least MIN_CASES of them) are the norm. */
export const EXTENSIONS_NORM_SHARE = 0.5;
export const EXTENSIONS_NORM_MIN_CASES = 5;

const pct = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;

function fromText(m: Measured): string {
  return `from ${m.window.limit.from} on ${isoOf(m.start)}`;
}

function extensionText(m: Measured): string {
  if (m.agreedExtension === undefined) return '';
  return m.allowedExtension === m.agreedExtension
    ? ` + ${m.allowedExtension} agreed extension`
    : ` + ${m.allowedExtension} of the ${m.agreedExtension}-day extension agreed`;
}

export const CASE_FINDINGS: Readonly<Record<string, (input: CaseFindingInput) => RuleResult[]>> = {
  'case-row-invalid': ({ set, at }) =>
    set.issues.map((issue) => ({
      message: issue.reference ? `${issue.reference}: ${issue.message}` : issue.message,
      hint: 'fix the row in the export (dates day-first, 31/01/2025, or ISO); it is left out of the figures',
      location: at(issue.line),
    })),
  'case-late': ({ measured, at }) =>
    measured
      .filter((m) => m.status === 'late')
      .map((m) => ({
        provision: m.window.limit.provision,
        hint: `answer within the window, or agree an extension before it ends; \`--explain ${m.case.reference}\` lists the days counted`,
        message: `${m.case.reference}: ${m.window.spec.label} took ${m.workingDays} working days (limit ${m.window.limit.workingDays}${extensionText(m)}), ${fromText(m)} to ${isoOf(m.end as number)}`,
        location: at(m.case.line),
      })),
  'case-overdue': ({ measured, asOf, at }) =>
    measured
      .filter((m) => m.status === 'overdue')
      .map((m) => ({
        provision: m.window.limit.provision,
        hint: "respond, or agree an extension within the Code's maximum and keep the resident informed",
        message: `${m.case.reference}: ${m.window.spec.label} still open after ${m.workingDays} working days as of ${isoOf(asOf)} (limit ${m.window.limit.workingDays}${extensionText(m)}, due ${isoOf(m.due)}), ${fromText(m)}`,
        location: at(m.case.line),
      })),
  'extension-too-long': ({ measured, catalogue, at }) =>
    measured
      .filter((m) => m.agreedExtension !== undefined && m.agreedExtension > m.allowedExtension)
      .map((m) => ({
        provision: m.window.extension?.provision ?? m.window.limit.provision,
        hint: "only the Code's maximum is counted as extension time; record the good reason for a longer one",
        message: `${m.case.reference}: stage ${m.window.spec.stage} extension of ${m.agreedExtension} working days, more than the ${m.allowedExtension} the ${catalogue.name} allows`,
        location: at(m.case.line),
      })),
  'extensions-the-norm': ({ measured }) => {
    const out: RuleResult[] = [];
    const windows = [...new Set(measured.filter((m) => m.window.spec.extension).map((m) => m.window))];
    for (const window of windows) {
      const mine = measured.filter((m) => m.window === window);
      const extended = mine.filter((m) => m.agreedExtension !== undefined);
      if (mine.length >= EXTENSIONS_NORM_MIN_CASES && extended.length / mine.length >= EXTENSIONS_NORM_SHARE)
        out.push({
          provision: window.extension?.provision ?? window.limit.provision,
          hint: 'extensions are for the exceptional case; answer within the window and resource the stage',
          message: `${window.spec.label}: ${extended.length} of ${mine.length} cases (${pct(extended.length, mine.length)}) had an extension`,
        });
    }
    return out;
  },
};
