/**
 * The landlord's own response windows, read from its words: "we respond to stage 2 complaints within
 * 25 working days". Precision over recall: a sentence is used only when it states a window the Code
 * limits (acknowledge, respond, extend) for a stage we can tell, and is not about another period
 * (the resident's time to escalate, the age of a complaint, the Ombudsman's evidence requests).
 */
import type { Catalogue, CatalogueProvision, Stage, TimescaleKind } from '../../catalogue/types.js';
import type { TimescaleStatement } from '../assessment.js';
import { findDurations } from '../duration.js';

/**
 * Periods that are not a landlord's response window: the resident's time to complain or escalate, the age of
 * a complaint, the Ombudsman's evidence requests, repairs, performance figures.
 */
const OTHER_PERIODS: RegExp[] = [
  // "a stage two request should be made within 28 days", "complaints must be raised within 12 months"
  /\b(complaints?|requests?|applications?|appeals?|escalations?)\b[^.]{0,30}\b(should|must|can|may|need to|has to|have to)\s+be\s+(made|raised|submitted|received|brought|lodged|sent|requested)\b/i,
  // "residents have 20 working days to ask for a review", "you can escalate within ..."
  /\b(residents?|customers?|tenants?|you|they|complainants?|leaseholders?)\b[^.]{0,40}\b(has|have|can|may|must|should|need to|are able to|is able to)\b[^.]{0,30}\b(make|raise|submit|request|escalate|ask|lodge|bring|complain|appeal|refer)\b/i,
  // "within 28 days of the stage one response": counted from the landlord's answer, so the resident's window
  /\b(of|from|after)\s+(receiving\s+)?(the|our|their|a)\s+(stage\s*(1|one|2|two)\s+)?(response|decision|outcome|reply|letter)\b/i,
  /\b(request|ask|asks|asked|requesting|apply|applies)\b[^.]{0,60}\b(escalat|review|stage\s*(2|two|3|three)|next stage)/i,
  /\b(to|may|can|must|should) (escalate|appeal|request|refer|ask|challenge|complain)\b/i,
  /\b(occurred|happened|arose|ago|older than|aware of|becoming aware|time limit|historic|months of the (issue|event|incident))\b/i,
  /\bombudsman\b[^.]{0,60}\b(evidence|information|request|refer)/i,
  /\b(evidence|information)\b[^.]{0,60}\bombudsman\b/i,
  /\b(survey|satisfaction|feedback)\b/i,
  /\b(repair|repairs|emergency|appointment|inspection|visit)\b/i,
  /\d\s*%|\bper ?cent\b|\b(percentage|proportion|average|median)\b/i,
];

const KIND_WORDS: [TimescaleKind, RegExp][] = [
  ['extend', /\b(extension|extend(ed|ing)?|further|additional)\b/gi],
  ['acknowledge', /\b(acknowledg\w*|logg?(ed|ing)?|register(ed)?|record(ed)?)\b/gi],
  [
    'respond',
    /\b(respon\w*|repl(y|ies|ied)|resolv\w*|decision|final response|answer\w*|outcome|conclud\w*|clos(e|ed))\b/gi,
  ],
];

const STAGE_WORDS: [Stage, RegExp][] = [
  [1, /\b(stage\s*(1|one|i)\b|first stage|stage one)/gi],
  [2, /\b(stage\s*(2|two|ii)\b|second stage|stage two|final stage|escalat\w*|review stage)/gi],
  [3, /\b(stage\s*(3|three|iii)\b|third stage|stage three|panel)/gi],
];

interface Hit<T> {
  value: T;
  index: number;
}

function hits<T>(sentence: string, table: [T, RegExp][]): Hit<T>[] {
  const out: Hit<T>[] = [];
  for (const [value, re] of table) for (const m of sentence.matchAll(re)) out.push({ value, index: m.index ?? 0 });
  return out.sort((a, b) => a.index - b.index);
}

/** How many of the (sorted) hits lie before `at`: a binary search, so a sentence of many durations stays linear. */
function countBefore<T>(list: readonly Hit<T>[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Hit<T>).index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The hit nearest before `at` within this clause (after `from`), else the first after it, else the last earlier one.
 */
function nearest<T>(list: readonly Hit<T>[], from: number, at: number): T | undefined {
  const before = countBefore(list, at);
  const last = list[before - 1];
  if (last && last.index >= from) return last.value;
  const after = list[countBefore(list, Math.max(at, from))];
  if (after) return after.value;
  return last?.value;
}

export function timescaleStatements(
  sentence: string,
  provision: CatalogueProvision | undefined,
  catalogue: Catalogue,
): Omit<TimescaleStatement, 'source' | 'provision' | 'location'>[] {
  const durations = findDurations(sentence);
  if (durations.length === 0) return [];
  if (OTHER_PERIODS.some((re) => re.test(sentence))) return [];
  // "within 10 working days of acknowledgement": a kind word after "of" or "from" names the event the window is
  // counted from, not the window ("...; stage 2 within 20 working days" is then a response, as the clause before).
  const kinds = hits(sentence, KIND_WORDS).filter(
    (h) =>
      !/\b(of|from|after|since)\s+(the\s+|its\s+|their\s+|our\s+)?$/i.test(
        sentence.slice(Math.max(0, h.index - 12), h.index),
      ),
  );
  const stages = hits(sentence, STAGE_WORDS);
  const tags = provision?.timescales ?? [];
  const out: Omit<TimescaleStatement, 'source' | 'provision' | 'location'>[] = [];
  let from = 0;
  for (const { duration, index, end } of durations) {
    // "if it will take longer than 10 days" is a threshold, not a window; "no more than 10 days" is a window.
    const before = sentence.slice(Math.max(0, index - 24), index).toLowerCase();
    if (
      /\b(longer|more|later) than\s*$|\b(over|exceed(s|ing)?|beyond|after)\s*$/.test(before) &&
      !/\b(no|not|never)\s+(longer|more|later)\s+than\s*$/.test(before)
    ) {
      from = end;
      continue;
    }
    let kind = nearest(kinds, from, index);
    let stage = nearest(stages, from, index);
    from = end;
    // The row's own provision gives the context the sentence leaves
    // out ("we acknowledge all complaints within five days").
    const tag = tags.find(
      (t) => (kind === undefined || t.endsWith(`.${kind}`)) && (stage === undefined || t.startsWith(`stage${stage}.`)),
    );
    if (tag) {
      stage ??= Number(tag.slice(5, 6)) as Stage;
      kind ??= tag.split('.')[1] as TimescaleKind;
    }
    if (kind === undefined) continue;
    if (stage === undefined) {
      // Without a stage, only a window the Code limits the same way at every stage can be judged.
      const limits = catalogue.timescales.filter((t) => t.key.endsWith(`.${kind}`)).map((t) => t.workingDays);
      if (limits.length === 0 || !limits.every((l) => l === limits[0])) continue;
      stage = Number(catalogue.timescales.find((t) => t.key.endsWith(`.${kind}`))?.key.slice(5, 6)) as Stage;
    }
    out.push({ stage, kind, duration, quote: sentence });
  }
  return out;
}
