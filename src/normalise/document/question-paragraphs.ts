/**
 * A question form written as paragraphs, no table (a 2020 self-assessment typed out as questions and answers): a
 * question line ("Are all complaints acknowledged and logged within five days?"), then the answer in the paragraphs
 * under it ("Yes. All complaints are ...", "No – ...", "Not applicable.", or a figure or prose for a question that
 * asks for one: "88% of complaints ..."), up to the next question or heading.
 *
 * Questions are found by their wording in a catalogue whose provisions are questions (match-text.ts), never by
 * position. A paragraph is a question when it matches one and reads as asked (it ends with "?" or ":", or it is the
 * question word for word, as short sub-questions such as "Stage one" are); one that opens with an answer word never is.
 * The question may carry its answer on the same line, after a tab or after its "?" ("Stage one: 69%", a PDF line that
 * ran on), and may go on in the next paragraph (2020's first question quotes the definition under it). A paragraph
 * that only restates the question just asked, before anything answers it, is the answer.
 *
 * Only a document with at least MIN_ANSWERED answered questions is taken for such a form.
 */
import type { Catalogue } from '../../catalogue/types.js';
import type { DocumentModel, Location } from '../../ingest/document.js';
import { leadingAnswer } from '../answer.js';
import { bestMatch, type TextMatch } from './match-text.js';
import { forMatch } from '../../util/text.js';
import { appendLine, BLOCK_SPAN, emptyRaw, type RawRow } from './types.js';

/** Fewer answered questions than this are prose that happens to ask one, not a form. */
export const MIN_ANSWERED = 3;
/** A question matched at least this well needs no "?" to be taken as asked. */
const ASKED_AS_PRINTED = 0.9;
/** How much better the question must match with the next paragraph for that paragraph to be part of it. */
const CONTINUES_QUESTION = 0.05;

/** A catalogue of questions: most of its provisions ask one. */
const isQuestionForm = (c: Catalogue): boolean =>
  c.provisions.filter((p) => /\?/.test(p.text)).length * 2 > c.provisions.length;

interface Asked {
  match: TextMatch;
  question: string;
  /** Text after the question on the same line: the start of its answer. */
  rest: string;
}

/**
 * Ways to read a line as a question and the start of its answer: the whole line, or split at a tab, after a "?"
 * ("c) In the Annual Report? Placed in ...") or at a ": " ("Stage one: 69%", the colon only a separator). `asked`:
 * the question part ends as a question does (the line ends with "?" or ":", or it was split off).
 */
function splits(text: string): { question: string; rest: string; asked: boolean }[] {
  const out = [{ question: text, rest: '', asked: /[?:]$/.test(text) }];
  const tab = text.indexOf('\t');
  if (tab > 0) out.push({ question: text.slice(0, tab), rest: text.slice(tab + 1), asked: true });
  for (const m of text.matchAll(/([?:])(?=\s+\S)/g)) {
    const at = (m.index ?? 0) + 1;
    out.push({ question: text.slice(0, m[1] === '?' ? at : at - 1), rest: text.slice(at), asked: true });
  }
  return out.map((s) => ({ ...s, question: s.question.trim(), rest: s.rest.trim() })).filter((s) => s.question !== '');
}

/** A line that opens with an answer word ("Yes.", "No –", "N/A") answers; it does not ask. */
const opensWithAnswer = (text: string): boolean => leadingAnswer(text)?.separated === true;

function asked(text: string, catalogue: Catalogue, section: number | undefined): Asked | undefined {
  if (opensWithAnswer(text)) return undefined;
  let best: Asked | undefined;
  for (const { question, rest, asked: split } of splits(text)) {
    const match = bestMatch(question, catalogue, section);
    if (!match) continue;
    if (!split && match.score < ASKED_AS_PRINTED) continue;
    // On a tie the split wins: the words after it added nothing to the question, so they answer it.
    const better = !best || match.score > best.match.score + 1e-9;
    const tie = best !== undefined && Math.abs(match.score - best.match.score) <= 1e-9 && best.rest === '';
    if (better || tie) best = { match, question, rest };
  }
  return best;
}

/** The section a heading names: "4 Communication", "Section 4: Communication", or the title alone. */
function headingSection(text: string, catalogue: Catalogue): number | undefined {
  if (text.length > 120) return undefined;
  const t = forMatch(text);
  const numbered = /^(?:section )?(\d{1,2}) (.+)$/.exec(t);
  for (const s of catalogue.sections) {
    const title = forMatch(s.title);
    if (t === title || (numbered && Number(numbered[1]) === s.number && numbered[2] === title)) return s.number;
  }
  return undefined;
}

/** A question row and how well its question matched. */
type Scored = RawRow & { score: number };

const hasAnswer = (r: RawRow): boolean => r.answer.trim() !== '';

/** Question-and-answer rows, with their catalogue ids; [] when the document is no such form. */
export function collectQuestionParagraphs(doc: DocumentModel, catalogues: Catalogue[]): RawRow[] {
  const catalogue = catalogues.find(isQuestionForm);
  if (!catalogue) return [];
  const known = new Map(catalogue.provisions.map((p) => [p.id, p]));
  const rows: Scored[] = [];
  let open: Scored | undefined;
  let section: number | undefined;

  doc.blocks.forEach((block, index) => {
    if (block.kind === 'table') {
      open = undefined;
      return;
    }
    const text = block.text.trim();
    const q = asked(text, catalogue, section);
    const restates = q !== undefined && open !== undefined && open.id === q.match.id && !hasAnswer(open);
    if (q && !restates) {
      const location: Location = { ...block.location };
      const own = known.get(q.match.id)?.section;
      open = {
        ...emptyRaw(location, index * BLOCK_SPAN),
        id: q.match.id,
        requirement: q.question,
        answer: q.rest.replace(/\t+/g, '\n'),
        ...(own !== undefined ? { section: own } : {}),
        score: q.match.score,
      };
      rows.push(open);
      return;
    }
    const s = headingSection(text, catalogue);
    if (s !== undefined || block.heading !== undefined) {
      if (s !== undefined) section = s;
      open = undefined;
      return;
    }
    if (!open) return;
    if (!hasAnswer(open) && !opensWithAnswer(text)) {
      // The question going on under its first line: 2020's first question quotes the definition under it, and a
      // question not yet ended ("... to the Housing Ombudsman") may go on after a page break ("Service?").
      const longer = bestMatch(`${open.requirement} ${text}`, catalogue, open.section);
      const unended = !/[?:]$/.test(open.requirement);
      const better = longer !== undefined && longer.score >= open.score + (unended ? 0 : CONTINUES_QUESTION);
      if (longer && longer.id === open.id && better) {
        open.requirement = appendLine(open.requirement, text);
        open.score = longer.score;
        return;
      }
    }
    open.answer = appendLine(open.answer, text.replace(/\t+/g, '\n'));
  });

  if (rows.filter(hasAnswer).length < MIN_ANSWERED) return [];
  return rows.map(({ score: _score, ...row }) => row);
}
