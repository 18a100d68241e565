/**
 * Whether a landlord's explanation of a No or Partial gives a date or a timescale for compliance: "by March
 * 2025", "within the next quarter", "from 1 April", "Q3 2025/26", "by the end of the year", "in 6 weeks". The
 * 2024 Code asks for the date by which the landlord intends to comply.
 *
 * A figure that is no date ("3 of 10 cases", "section 4.2") is not one, and neither is a date in the past ("the
 * policy was last reviewed in March 2023", "since April 2024") nor the Code's own timescale described as missed
 * ("responses are not always sent within 10 working days"). Where the tense says nothing either way, a date in
 * the explanation counts: better to miss a vague case than to fault a landlord that gave a date.
 */
import { sentences } from './sentences.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of)';

/** A day, month or year: "March 2025", "1 April", "by April", "31/03/2025", "Q3", "2025/26", "in 2025". */
const CALENDAR: RegExp[] = [
  new RegExp(`\\b${MONTH}\\.?\\s+(?:19|20)\\d\\d\\b`, 'gi'),
  /\bMay\s+(?:19|20)\d\d\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH}|May)\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  /\bMay\s+\d{1,2}(?:st|nd|rd|th)?\b/g,
  new RegExp(
    `\\b(?:by|from|in|during|before|until|after|end of|start of|beginning of)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}\\b`,
    'gi',
  ),
  /\b(?:by|from|in|during|before|until|after|end of|start of|beginning of)\s+(?:the\s+end\s+of\s+)?May\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b/g,
  /\b(?:19|20)\d\d-\d\d-\d\d\b/g,
  /\bq[1-4]\b/gi,
  /\bquarter\s+[1-4]\b/gi,
  /\b20\d\d\s*[/-]\s*(?:20)?\d\d\b/g,
  /\b(?:by|in|during|before|from|until|for)\s+(?:the\s+)?(?:financial\s+year\s+)?(?:19|20)\d\d\b/gi,
  /\b(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d\b/gi,
];

/** A time from now: "by the end of the year", "next month", "this financial year", "in the new year". */
const RELATIVE: RegExp[] = [
  /\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|next\s+)?)?(?:financial\s+|calendar\s+)?(?:year|year[-\s]end|month|quarter|spring|summer|autumn|winter)\b/gi,
  /\b(?:next|this|the coming|the current)\s+(?:financial\s+|calendar\s+)?(?:year|month|quarter|week)\b/gi,
  /\bin\s+the\s+new\s+(?:financial\s+)?year\b/gi,
];

/** A span of time: "within 6 weeks", "in the next three months", "over the coming months". */
const DURATION = new RegExp(
  `\\b(?:within|in|over|during)\\s+(?:the\\s+)?(?:(next|coming|following)\\s+(?:${NUMBER}\\s+)?|${NUMBER}\\s+)(?:working\\s+)?(?:days?|weeks?|months?|years?|quarters?)\\b`,
  'gi',
);

/**
 * Dates said to be set elsewhere: "the target dates are in our action plan", "a deadline has been agreed". A bare
 * pointer ("See action plan") gives no date: the Code asks for it in the self-assessment.
 */
const PLAN =
  /\b(?:target|completion|due|implementation)\s+dates?\b|\bdeadlines?\b|\btimescales?\s+for\s+(?:completion|compliance|implementation|delivery)\b/i;

/** The sentence speaks of what will be done. */
const FUTURE =
  /\b(?:will|shall|going to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ing)?\s+to|expect(?:s|ed)?\s+to|due\s+to\s+(?:be|go|start|launch|take|come|begin)|scheduled|planned\s+for|targets?|targeted|to\s+be\s+\w+ed|is\s+being|are\s+being|we\s+are\s+\w+ing|next|upcoming|forthcoming)\b/i;
/** The sentence speaks of what was done. */
const PAST =
  /\b(?:was|were|has\s+been|have\s+been|had|did|went|came|took|since|ago|last|previously|received|introduced|updated|approved|adopted|published|reviewed|launched|implemented|agreed|completed|carried\s+out|undertaken|delivered|trained|issued|dated)\b/i;
/** Just before a date: it is in the past ("since April 2024", "last reviewed in March 2023"). */
const PAST_BEFORE = /\b(?:since|last|ago|previous(?:ly)?|prior\s+to|dated|as\s+at)\b[^,;]*$/i;
/** Just before a date: a deadline ("by March 2025", "no later than 1 April"). */
const DEADLINE_BEFORE =
  /\b(?:by|before|until|no\s+later\s+than|target(?:ed)?(?:\s+date)?(?:\s+of)?|due|deadline(?:\s+of)?)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+|beginning\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;
/** Words by which a sentence describes how the Code's timescale is met now ("not always within 10 days"). */
const PERFORMANCE =
  /\b(?:not|never|always|usually|normally|generally|sometimes|often|mostly|most|majority|some|occasionally|average|typically|(?:where|when|wherever|whenever|as far as|if)\s+(?:possible|practicable|we can)|in most cases)\b|n['’]t\b|%|per\s*cent/i;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** A calendar or relative date in a sentence counts unless the sentence (or the words before it) put it in the past. */
function dateCounts(sentence: string, m: RegExpExecArray, documents: boolean): boolean {
  const before = sentence.slice(Math.max(0, m.index - 40), m.index);
  const self = m[0];
  if (PAST_BEFORE.test(before)) return false;
  if (DEADLINE_BEFORE.test(before) || /^(?:by|before|until)\b/i.test(self)) return true;
  if (FUTURE.test(sentence)) return true;
  if (PAST.test(sentence)) return false;
  // A document's own date ("Complaints Policy (April 2024)") is no date for compliance.
  return !documents;
}

/**
 * Words every match of a group of patterns contains: a calendar date has a figure or a month, a relative date or a
 * span a unit of time. A sentence without them is not read by the group (most sentences have no date at all).
 */
export const CALENDAR_CUE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
export const SPAN_CUE = /day|week|month|year|quarter|spring|summer|autumn|winter/i;
/** The date patterns by cue (for the test that each cue is in every match). */
export const DATE_PATTERNS = [
  { cue: CALENDAR_CUE, patterns: CALENDAR },
  { cue: SPAN_CUE, patterns: [...RELATIVE, DURATION] },
] as const;

function sentenceHasDate(sentence: string, documents: boolean): boolean {
  const span = SPAN_CUE.test(sentence);
  const dates = [...(CALENDAR_CUE.test(sentence) ? CALENDAR : []), ...(span ? RELATIVE : [])];
  for (const re of dates) {
    for (const m of matches(re, sentence)) if (dateCounts(sentence, m, documents)) return true;
  }
  if (span)
    for (const m of matches(DURATION, sentence)) {
      if (m[1] !== undefined || FUTURE.test(sentence)) return true;
      if (!documents && !PERFORMANCE.test(sentence)) return true;
    }
  return PLAN.test(sentence);
}

/**
 * Whether the explanation (commentary, the words after the answer, a combined evidence column) or the documents
 * cited in a separate Evidence column give a date or a timescale for compliance. In the documents a date counts
 * only where it reads as one ("review by March 2025"), not as a document's own date.
 */
export function hasComplianceDate(explanation: string, documents = ''): boolean {
  return complianceDateSentence(explanation, documents) !== undefined;
}

/** The first sentence of the explanation (else of the documents) that gives a date or a timescale for compliance. */
export function complianceDateSentence(explanation: string, documents = ''): string | undefined {
  return (
    sentences(explanation).find((s) => sentenceHasDate(s, false)) ??
    sentences(documents).find((s) => sentenceHasDate(s, true))
  );
}
