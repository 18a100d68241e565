/**
 * What changed since the previous form, provision by provision: newly non-compliant, newly compliant, answer
 * changed, evidence changed, new in this Code; and the findings new and resolved. Forms of different Code
 * versions are compared through the provisions each descends from (the crosswalk, given as `ancestors`).
 */
import type { ProvisionRecord } from '../../normalise/assessment.js';
import { fallsShort } from '../../rules/helpers.js';
import type { Finding } from '../../rules/types.js';
import { collapse, quotedWords } from '../../util/text.js';
import { answersOf, countAnswers, recordsById, type CheckedForm } from './answers.js';
import { ANSWER_LABELS, type ChangeKind, type Changes, type FindingChange, type ProvisionChange } from './model.js';

export interface ComparedForm extends CheckedForm {
  /**
   * The previous form's provisions a provision of the current Code descends from: itself when both forms are of
   * one version; none when it is new in the current Code.
   */
  ancestors: (currentId: string) => readonly string[];
}

type Standing = 'short' | 'meets' | 'unknown';

/** Whether a row says the landlord falls short (fallsShort), meets the provision, or says neither. */
function standing(form: CheckedForm, record: ProvisionRecord | undefined): Standing {
  if (!record?.comply) return 'unknown';
  return fallsShort(form.catalogue, record) ? 'short' : record.comply === 'partial' ? 'unknown' : 'meets';
}

function provisionChanges(current: CheckedForm, previous: ComparedForm): ProvisionChange[] {
  const now = answersOf(current);
  const before = answersOf(previous);
  const records = recordsById(current.assessment);
  const earlier = recordsById(previous.assessment);
  const sameCode = current.catalogue.version === previous.catalogue.version;
  const changes: ProvisionChange[] = [];
  for (const [id, answer] of now) {
    const ancestors = previous.ancestors(id).filter((a) => before.has(a));
    const after = ANSWER_LABELS[answer];
    if (ancestors.length === 0) {
      if (!sameCode) changes.push({ id, previous: [], kinds: ['new provision'], before: '', after });
      continue;
    }
    const was = ancestors.map((a) => before.get(a) ?? 'missing');
    const stands = standing(current, records.get(id));
    const stood = ancestors.map((a) => standing(previous, earlier.get(a)));
    const kinds: ChangeKind[] = [];
    if (stands === 'short' && stood.every((s) => s === 'meets')) kinds.push('newly non-compliant');
    else if (stands === 'meets' && stood.some((s) => s === 'short')) kinds.push('newly compliant');
    else if (was.some((w) => w !== answer)) kinds.push('answer changed');
    const [only] = ancestors;
    if (ancestors.length === 1 && only !== undefined && answer !== 'missing') {
      const evidence = collapse(records.get(id)?.evidence);
      const evidenceBefore = collapse(earlier.get(only)?.evidence);
      if (evidence !== evidenceBefore) kinds.push('evidence changed');
    }
    if (kinds.length === 0) continue;
    const label = (a: string, i: number): string => ANSWER_LABELS[was[i] ?? 'missing'] + (sameCode ? '' : ` (${a})`);
    changes.push({ id, previous: ancestors, kinds, before: ancestors.map(label).join('; '), after });
  }
  return changes;
}

const change = (f: Finding, provision: string | undefined): FindingChange => ({
  rule: f.rule,
  severity: f.severity,
  ...(provision !== undefined ? { provision } : {}),
  message: f.message,
});

/** Findings of one form not in the other: known by rule, provision (in the current Code's ids) and quoted words. */
function findingChanges(
  current: CheckedForm,
  previous: ComparedForm,
): Pick<Changes, 'newFindings' | 'resolvedFindings'> {
  // Each of the previous form's provisions named as the current provision it became (the first, where it split).
  const became = new Map<string, string>();
  for (const p of current.catalogue.provisions) {
    for (const a of previous.ancestors(p.id)) if (!became.has(a)) became.set(a, p.id);
  }
  const inCurrentTerms = (f: Finding): string | undefined =>
    f.provision === undefined ? undefined : (became.get(f.provision) ?? `${previous.catalogue.version}:${f.provision}`);
  const key = (f: Finding, provision: string | undefined): string =>
    JSON.stringify([f.rule, provision ?? '', quotedWords(f.message)]);
  const left = new Map<string, number>();
  for (const f of previous.report.findings) {
    const k = key(f, inCurrentTerms(f));
    left.set(k, (left.get(k) ?? 0) + 1);
  }
  const newFindings: FindingChange[] = [];
  for (const f of current.report.findings) {
    const k = key(f, f.provision);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else newFindings.push(change(f, f.provision));
  }
  const resolvedFindings: FindingChange[] = [];
  for (const f of previous.report.findings) {
    const provision = inCurrentTerms(f);
    const k = key(f, provision);
    const n = left.get(k) ?? 0;
    if (n === 0) continue;
    left.set(k, n - 1);
    resolvedFindings.push(change(f, f.provision));
  }
  return { newFindings, resolvedFindings };
}

export function compareForms(current: CheckedForm, previous: ComparedForm): Changes {
  return {
    file: previous.report.file,
    code: previous.catalogue.version,
    codeTitle: previous.catalogue.title,
    counts: countAnswers(answersOf(previous).values()),
    provisions: provisionChanges(current, previous),
    ...findingChanges(current, previous),
  };
}
