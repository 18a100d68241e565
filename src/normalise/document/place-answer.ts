/**
 * Reading the answer where the landlord actually put it:
 * - an answer cell "Yes" / "No" / "Partial" / "N/A" (with or without more text);
 * - checkboxes "☒ Yes ☐ No" (the checked label is the answer);
 * - answer-choice columns (2020: the text is written in the Yes or the No column);
 * - an empty answer cell with the answer word at the start of the evidence ("Yes – see policy 3.2"),
 *   or of the commentary when the evidence is empty too;
 * - an answer cell holding an explanation ("No – we are reviewing ..."): the answer from its first word,
 *   the rest becomes commentary;
 * - anything else ("Yes/No" left in place, "*****", "Comply") is kept as rawAnswer with no comply.
 * All output texts are collapsed to single spaces.
 */
import { leadingAnswer, parseAnswer, isBareAnswer } from '../answer.js';
import type { Comply } from '../assessment.js';
import { collapseText } from './grid.js';
import type { ChoiceRole, RawRow } from './types.js';

export interface PlacedAnswer {
  comply?: Comply;
  rawAnswer?: string;
  evidence: string;
  commentary: string;
}

const CHOICE_COMPLY: Record<ChoiceRole, Comply> = { yes: 'yes', no: 'no', partial: 'partial', na: 'n/a' };

/** A tick or cross that only marks the column it sits in. */
const MARK = /^[\s✓✔☑☒✗✘xX•*]+$/;

const joinText = (...parts: string[]): string =>
  parts
    .map(collapseText)
    .filter((p) => p !== '')
    .join(' ');

/** The answer from checkbox glyphs in a cell: the label after the one checked box. */
function checkboxAnswer(text: string): { comply?: Comply; rawAnswer?: string; rest: string } | undefined {
  if (!/[☐☒]/.test(text)) return undefined;
  const boxes = [...text.matchAll(/([☒☐])([^☒☐\n]*)/g)].map((m) => ({
    checked: m[1] === '☒',
    label: (m[2] ?? '').trim(),
  }));
  const rest = text.replace(/[☒☐][^☒☐\n]*/g, ' ');
  const checked = boxes.filter((b) => b.checked);
  if (checked.length === 0) return { rest };
  if (checked.length > 1) return { rawAnswer: collapseText(text), rest };
  const parsed = parseAnswer(checked[0]?.label ?? '');
  return parsed.comply ? { comply: parsed.comply, rest } : { rawAnswer: collapseText(checked[0]?.label ?? text), rest };
}

/** The answer written at the start of a free-text cell, only when it clearly stands as an answer. */
function answerAtStart(text: string): { comply: Comply; rest: string } | undefined {
  const lead = leadingAnswer(text);
  if (!lead) return undefined;
  const word =
    text
      .trim()
      .split(/[\s.,;:!\-–—]/)[0]
      ?.toLowerCase() ?? '';
  // "Yes we have ...", "N/A as ..." read as answers; "No complaints were ..." does not.
  if (lead.separated || ((word === 'yes' || word === 'n/a') && lead.rest !== ''))
    return { comply: lead.comply, rest: lead.rest };
  return undefined;
}

/** A text question's answer: kept as written, except a bare "N/A" (the question does not apply). */
const textAnswer = (text: string): { comply?: Comply; rawAnswer?: string } => {
  const parsed = parseAnswer(text);
  return parsed.comply === 'n/a' && parsed.rawAnswer === undefined ? { comply: 'n/a' } : { rawAnswer: text };
};

function fromChoices(raw: RawRow, textQuestion: boolean): PlacedAnswer | undefined {
  const filled = (Object.entries(raw.choices) as [ChoiceRole, string][]).filter(([, t]) => t.trim() !== '');
  if (filled.length === 0) return undefined;
  const base = { evidence: collapseText(raw.evidence), commentary: collapseText(raw.commentary) };
  if (textQuestion) return { ...base, ...textAnswer(joinText(...filled.map(([, t]) => t))) };
  if (filled.length > 1) {
    const names: Record<ChoiceRole, string> = { yes: 'Yes', no: 'No', partial: 'Partial', na: 'N/A' };
    return { ...base, rawAnswer: filled.map(([c, t]) => `${names[c]}: ${collapseText(t)}`).join(' / ') };
  }
  const [column, text] = filled[0] as [ChoiceRole, string];
  if (MARK.test(text)) return { ...base, comply: CHOICE_COMPLY[column] };
  if (isBareAnswer(text)) return { ...base, comply: parseAnswer(text).comply ?? CHOICE_COMPLY[column] };
  const lead = leadingAnswer(text);
  const comply = lead?.comply === 'n/a' ? 'n/a' : CHOICE_COMPLY[column];
  return { ...base, comply, commentary: joinText(text, raw.commentary) };
}

export function placeAnswer(raw: RawRow, opts: { textQuestion?: boolean } = {}): PlacedAnswer {
  const textQuestion = opts.textQuestion === true;
  const choices = fromChoices(raw, textQuestion);
  if (choices) return choices;

  const evidence = collapseText(raw.evidence);
  const commentary = collapseText(raw.commentary);
  const answer = raw.answer.trim();

  if (textQuestion)
    return answer === '' ? { evidence, commentary } : { ...textAnswer(collapseText(answer)), evidence, commentary };

  if (answer !== '') {
    const box = checkboxAnswer(answer);
    if (box) {
      const more = collapseText(box.rest);
      return {
        ...(box.comply ? { comply: box.comply } : {}),
        ...(box.rawAnswer ? { rawAnswer: box.rawAnswer } : {}),
        evidence,
        commentary: joinText(more, commentary),
      };
    }
    const parsed = parseAnswer(answer);
    if (parsed.comply && parsed.rawAnswer !== undefined) {
      // "No – we are reviewing the policy": the answer, and the explanation as commentary.
      const lead = leadingAnswer(answer);
      if (lead && lead.comply === parsed.comply && lead.rest !== '') {
        return { comply: parsed.comply, evidence, commentary: joinText(lead.rest, commentary) };
      }
    }
    return { ...parsed, evidence, commentary };
  }

  // No answer in the answer cell: the landlord may have written it at the start of the evidence
  // (or of the commentary, when there is no evidence).
  const inEvidence = answerAtStart(raw.evidence);
  if (inEvidence) return { comply: inEvidence.comply, evidence: collapseText(inEvidence.rest), commentary };
  if (evidence === '') {
    const inCommentary = answerAtStart(raw.commentary);
    if (inCommentary) return { comply: inCommentary.comply, evidence, commentary: collapseText(inCommentary.rest) };
  }
  return { evidence, commentary };
}
