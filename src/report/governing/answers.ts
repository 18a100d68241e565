/** How a checked form answered each provision its Code asks about: the counts every part of the report shares. */
import type { Catalogue } from '../../catalogue/types.js';
import type { Assessment, ProvisionRecord } from '../../normalise/assessment.js';
import { isSectionForm } from '../../rules/helpers.js';
import { collapse } from '../../util/text.js';
import type { FileReport } from '../types.js';
import { ANSWER_KINDS, type AnswerCounts, type AnswerKind } from './model.js';

/** A form read and checked: the assessment, its Code's catalogue, and its findings after the policy stage. */
export interface CheckedForm {
  assessment: Assessment;
  catalogue: Catalogue;
  report: FileReport;
}

export const emptyCounts = (): AnswerCounts =>
  Object.fromEntries(ANSWER_KINDS.map((k) => [k, 0])) as unknown as AnswerCounts;

/** How a provision was answered: the record's Comply answer, words where the question asks for them, else missing. */
export function answerOf(record: ProvisionRecord | undefined): AnswerKind {
  if (!record) return 'missing';
  if (record.comply) return record.comply;
  // Words where a 2020 question asks for a figure or prose, or an answer the normaliser could not read as one.
  return collapse(record.rawAnswer) !== '' ? 'text' : 'missing';
}

/** The form's record of each provision it answers (the first, where a provision was pasted twice). */
export function recordsById(assessment: Assessment): Map<string, ProvisionRecord> {
  const byId = new Map<string, ProvisionRecord>();
  for (const r of assessment.provisions) if (!byId.has(r.id)) byId.set(r.id, r);
  return byId;
}

/**
 * What the form answers, row by row: the catalogue's provisions, or on a form laid out one row per Code section
 * (the LGSCO's councils' layout, isSectionForm) its sections, each by its number ("6").
 */
export interface AnswerUnit {
  id: string;
  section: number;
  requirement: string;
  /** A 2020 heading question whose sub-rows carry the answers: nothing to answer. */
  heading: boolean;
}

export function answerUnits(form: Pick<CheckedForm, 'assessment' | 'catalogue'>): AnswerUnit[] {
  const { catalogue } = form;
  if (isSectionForm(form.assessment, catalogue)) {
    return catalogue.sections.map((s) => ({
      id: String(s.number),
      section: s.number,
      requirement: s.title,
      heading: false,
    }));
  }
  return catalogue.provisions.map((p) => ({
    id: p.id,
    section: p.section,
    requirement: p.text,
    heading: p.answer === 'none',
  }));
}

/** Each provision (or section) that takes an answer, with how it was answered. */
export function answersOf(form: Pick<CheckedForm, 'assessment' | 'catalogue'>): Map<string, AnswerKind> {
  const records = recordsById(form.assessment);
  return new Map(
    answerUnits(form)
      .filter((u) => !u.heading)
      .map((u) => [u.id, answerOf(records.get(u.id))] as const),
  );
}

export function countAnswers(answers: Iterable<AnswerKind>): AnswerCounts {
  const counts = emptyCounts();
  for (const a of answers) counts[a]++;
  return counts;
}
