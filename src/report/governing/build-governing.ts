/**
 * The governing-body report's data (model.ts) from one checked form: its answers counted per Code section, its
 * findings as observations with their hints as recommendations (the Ombudsman's compliance-check layout), its
 * Nos and Partials as actions with their dates; with the previous year's form, what changed (compare-forms.ts);
 * with a case log, its figures. Pure: the same inputs give the same report.
 */
import { complianceDateSentence } from '../../normalise/statements/compliance-date.js';
import { fallsShort, isSectionForm, shortfallWords } from '../../rules/helpers.js';
import { SEVERITIES, type Finding } from '../../rules/types.js';
import { collapse } from '../../util/text.js';
import { locationText } from '../location-text.js';
import type { FileReport } from '../types.js';
import { answersOf, answerUnits, countAnswers, recordsById, type CheckedForm } from './answers.js';
import { compareForms, type ComparedForm } from './compare-forms.js';
import {
  type Action,
  type AnswerKind,
  type CaseFigures,
  type GoverningReport,
  type Observation,
  type SectionReport,
  type SeverityCounts,
} from './model.js';

export interface GoverningInput extends CheckedForm {
  tool: { name: string; version: string };
  /** The previous form, and which of its provisions each provision of this one's Code descends from. */
  previous?: ComparedForm;
  /** `assess cases` on the landlord's case log. */
  cases?: FileReport;
}

const observationOf = (f: Finding): Observation => ({
  rule: f.rule,
  severity: f.severity,
  observation: f.message,
  recommendation: f.hint,
  where: locationText(f.location),
});

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as unknown as SeverityCounts;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function sectionsOf(form: CheckedForm, answers: Map<string, AnswerKind>): SectionReport[] {
  const records = recordsById(form.assessment);
  const byProvision = new Map<string, Finding[]>();
  for (const f of form.report.findings) {
    if (f.provision === undefined) continue;
    const list = byProvision.get(f.provision);
    if (list) list.push(f);
    else byProvision.set(f.provision, [f]);
  }
  const units = answerUnits(form);
  return form.catalogue.sections.map((section) => {
    const rows = units
      .filter((u) => u.section === section.number)
      .map((u) => {
        const record = records.get(u.id);
        const answer = answers.get(u.id) ?? 'missing';
        const written = collapse(record?.rawAnswer);
        return {
          id: u.id,
          requirement: u.requirement,
          answer,
          ...(answer === 'text' || (written !== '' && record?.comply === undefined) ? { answerText: written } : {}),
          heading: u.heading,
          observations: (byProvision.get(u.id) ?? []).map(observationOf),
        };
      });
    return {
      number: section.number,
      title: section.title,
      counts: countAnswers(rows.filter((r) => !r.heading).map((r) => r.answer)),
      rows,
    };
  });
}

function actionsOf(form: CheckedForm): Action[] {
  const { catalogue } = form;
  const units = new Map(answerUnits(form).map((u) => [u.id, u]));
  return [...recordsById(form.assessment).values()]
    .filter((r) => units.has(r.id) && fallsShort(catalogue, r))
    .map((r) => {
      const { explanation, documents } = shortfallWords(catalogue, r);
      const date = complianceDateSentence(explanation, documents);
      return {
        id: r.id,
        section: units.get(r.id)?.section ?? 0,
        answer: r.comply === 'no' ? ('no' as const) : ('partial' as const),
        explanation: collapse(explanation),
        ...(date !== undefined ? { complianceDate: collapse(date) } : {}),
      };
    });
}

function caseFiguresOf(log: FileReport): CaseFigures | undefined {
  if (!log.cases) return undefined;
  return {
    file: log.file,
    asOf: log.cases.asOf,
    rowsRead: log.cases.rowsRead,
    rowsUnusable: log.cases.rowsUnusable,
    windows: log.cases.windows,
    findings: countSeverities(log.findings),
  };
}

export function buildGoverningReport(input: GoverningInput): GoverningReport {
  const { assessment, catalogue, report } = input;
  const answers = answersOf(input);
  const units = new Set(answerUnits(input).map((u) => u.id));
  const cases = input.cases ? caseFiguresOf(input.cases) : undefined;
  return {
    tool: input.tool,
    file: report.file,
    format: assessment.format,
    landlord: assessment.landlord,
    ...(assessment.period !== undefined ? { period: assessment.period } : {}),
    code: assessment.code,
    codeTitle: catalogue.title,
    layout: isSectionForm(assessment, catalogue) ? 'sections' : 'provisions',
    provisions: answers.size,
    counts: countAnswers(answers.values()),
    findings: countSeverities(report.findings),
    sections: sectionsOf(input, answers),
    general: report.findings.filter((f) => f.provision === undefined || !units.has(f.provision)).map(observationOf),
    actions: actionsOf(input),
    ...(input.previous ? { changes: compareForms(input, input.previous) } : {}),
    ...(cases ? { cases } : {}),
  };
}
