/** How many stages the landlord says its process has, and extra named stages ("stage 0"), from its own words. */
import { NEGATION } from './sentences.js';

const COUNT_WORDS: Record<string, number> = {
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

const STAGE_COUNT = [
  /\b(one|single|two|three|four|five|[1-5])[\s-]+stages?d?\s+(?:formal\s+|internal\s+)?(?:complaints?\s+)?(process|procedure|system|approach|policy|model|structure)\b/i,
  /\b(?:process|procedure|policy)\s+(?:has|with|of|comprising|comprises|consists of|includes)\s+(one|two|three|four|five|[1-5])\s+(?:formal\s+)?stages\b/i,
  /\b(one|two|three|four|five|[1-5])\s+stages\s+(?:to|in|of)\s+(?:our|the)\s+(?:complaints?\s+)?(?:process|procedure)\b/i,
];

export function stageCount(sentence: string): number | undefined {
  for (const re of STAGE_COUNT) {
    const m = re.exec(sentence);
    if (!m || !m[1]) continue;
    if (NEGATION.test(sentence.slice(0, m.index))) return undefined;
    return COUNT_WORDS[m[1].toLowerCase()];
  }
  return undefined;
}

/**
 * A step before stage 1, named or described in the landlord's own words: the Ombudsman's most common finding.
 * Each pattern gives the name the finding quotes. `negatable`: a negation anywhere in the sentence ("we do not
 * have a stage 0") turns it around; patterns whose own words include the negation ("if not resolved
 * informally") are not.
 */
interface ExtraStagePattern {
  re: RegExp;
  name: (m: RegExpExecArray) => string;
  negatable: boolean;
  /** What the match must also say. */
  requires?: RegExp;
}

const EXTRA_STAGES: ExtraStagePattern[] = [
  {
    // "stage 0", "a pre-complaint stage", "the informal stage", "informal complaints process", "stage 1a"
    re: /\b(stage\s*0|stage zero|pre[-\s]?complaint(?:\s+stage)?|pre[-\s]formal\s+(?:stage|process|step)|informal\s+(?:complaints?\s+)?stage|informal complaints?(?=\s+(?:process|procedure|route|step))|stage\s+(?:1a|one a)\b)/i,
    name: (m) => m[1] as string,
    negatable: true,
  },
  {
    // "an informal resolution process", "the informal route"
    re: /\binformal\s+(?:resolution(?:\s+(?:process|procedure|route|step|phase))?|process|procedure|route|step|approach|phase)\b/i,
    name: (m) => m[0],
    negatable: true,
  },
  {
    // "a first contact resolution stage", "the early resolution step"
    re: /\b(?:first[-\s]contact|front[-\s]?line|early|local|quick)\s+resolution\s+(?:stage|step|phase)\b/i,
    name: (m) => m[0],
    negatable: true,
  },
  {
    // "we try to resolve it informally first", "concerns are dealt with informally in the first instance"
    re: /\b(?:resolv\w*|handl\w*|dealt with|deal with|address\w*|settl\w*|sort\w* out)\b[^.;]{0,40}\binformally\b[^.;]{0,30}\b(?:first|initially|in the first instance|before)\b/i,
    name: () => 'resolved informally first',
    negatable: true,
  },
  {
    // "if not resolved informally, a formal investigation takes place"
    re: /\b(?:if|where|when|unless)\b[^.;]{0,40}\b(?:not|cannot be|can't be|isn't|is not)\s+(?:be\s+)?resolved\s+informally\b/i,
    name: () => 'resolved informally first',
    negatable: false,
  },
  {
    // "through our Resolve Together process before a formal stage 1 complaint is logged"
    re: /\b(?:our|the|a)\s+((?:["“‘']?[A-Z][\w'’-]*["”’']?\s+){1,4})(process|service|scheme|procedure|approach|team)\b[^.;]{0,120}\b(?:before|prior to|ahead of)\b[^.;]{0,40}\b(?:stage\s*(?:1|one)\b|formal\s+(?:stage|complaint|investigation)|complaint is (?:logged|raised|registered|opened))/,
    name: (m) => `${(m[1] as string).trim()} ${m[2] as string}`,
    negatable: true,
  },
  {
    // "a formal stage 1 is logged only as a follow-on", "stage one complaints are opened only if ..."
    re: /\b(?:formal\s+)?(?:stage\s*(?:1|one)|formal complaint)s?(?:\s+complaints?)?\s+(?:is|are)\s+(?:only\s+)?(?:logged|raised|opened|registered|recorded|started|made)\s+(?:only\s+)?(?:as\s+a\s+follow[-\s]?on|if|when|where|after|once)\b/i,
    name: () => 'a step before stage 1',
    negatable: false,
    requires: /\b(only|follow[-\s]?on)\b/i,
  },
];

/** Sentences about something other than a complaint stage: service requests are not complaints (Code 1.4). */
const NOT_ABOUT_STAGES = /\bservice requests?\b/i;

export function extraStage(sentence: string): string | undefined {
  // Quoting the Code ("It is not appropriate to have extra named
  // stages (such as 'stage 0'...") is not the landlord's own stage.
  if (/\b(such as|e\.g\.|for example|appropriate|code)\b/i.test(sentence)) return undefined;
  if (NOT_ABOUT_STAGES.test(sentence)) return undefined;
  for (const { re, name, negatable, requires } of EXTRA_STAGES) {
    const m = re.exec(sentence);
    if (!m || (requires && !requires.test(m[0]))) continue;
    if (negatable && NEGATION.test(sentence)) return undefined;
    return name(m);
  }
  return undefined;
}
