/**
 * What a landlord's own words admit about a "Yes": that the requirement is not met (a contradiction), or that
 * it rests on something not yet in place (a future claim). Precision over recall: each pattern is a phrase
 * that, in a landlord's evidence or commentary, says so plainly, and a sentence is passed over when it
 *  - is a condition ("where the policy does not cover a case, the officer will ...");
 *  - quotes the Code ("the landlord must not ...", or the requirement's own words);
 *  - denies something the Code forbids or a burden on residents ("a third stage is not in place", "the
 *    policy does not say complaints must be in writing", "no policy in place that restricts ...");
 *  - speaks of events that have not arisen ("we have not yet had a complaint escalated to stage 2");
 *  - speaks of what happens in each case or recurs ("any remedy will be put in place", "will be reviewed
 *    annually", "available on request");
 *  - says the thing is already in operation ("was implemented in April 2024").
 */
import { containment, wordSet } from '../../util/text.js';

/** The phrase by which a sentence admits it. */
export interface Admission {
  phrase: string;
}

/** What the row is about, for reading a sentence in context. */
export interface ClaimContext {
  /** The requirement's text (the catalogue's, the form's): a sentence made of its words quotes it. */
  requirements?: readonly (string | undefined)[];
}

// ---------------------------------------------------------------------------------------------------
// Shared guards
// ---------------------------------------------------------------------------------------------------

/** A sentence that is a condition, not a statement of fact: "where the policy does not cover a case, ...". */
const CONDITION =
  /^\W*(?:where|if|when|whenever|unless|should|in (?:the )?(?:rare |exceptional |any )?(?:cases?|event|instances?|circumstances) (?:where|that|when))\b/i;
/** A condition opened shortly before the phrase, with no clause break between: "..., and if it is not yet ...". */
const CONDITION_BEFORE = /\b(?:where|if|when|whenever|unless)\b[^,;:]*$/i;
/** Quoting the Code: "the landlord must not ...", "the Code requires ...". */
const QUOTES_CODE =
  /\b(?:the\s+landlords?|landlords)\s+(?:must|should|are required to|is required to)\b|\b(?:the\s+)?code\s+(?:says|states|requires|sets out|provides|expects)\b|\b(?:as|under|according to)\s+(?:the\s+)?(?:20\d\d\s+)?code\b|\bombudsman\s+(?:says|states|requires|expects)\b/i;
/** Something the Code forbids, or a burden on residents: saying it is absent is no admission. */
const FORBIDDEN =
  /\b(?:stage\s*(?:0|zero|three|3)|third\s+stage|three[-\s]stages?|informal\s+(?:stage|complaints?|resolution|process|step)|pre-?complaint|extra\s+stages?|additional\s+stages?|fees?|charges?|restrictions?|exclusions?|in\s+writing|the\s+word\s+['‘"“]?complaint|(?:residents?|tenants?|customers?|complainants?|you|they|people)\s+(?:must|have to|has to|need to|needs to|are required to|is required to|cannot|can['’]t|can only|may only|should))\b/i;
/** A denial of a failing: "there is no policy in place that restricts ...", "no process for refusing ...". */
const DENIAL_AFTER =
  /^\s*(?:(?:is\s+|currently\s+)*in\s+place\s+)?(?:that|which|to|for|by which)\s+(?:would\s+|could\s+)?(?:prevents?|preventing|restricts?|restricting|stops?|stopping|excludes?|excluding|limits?|limiting|refuses?|refusing|rejects?|rejecting|bars?|barring|charges?|charging|den(?:y|ies|ying)|requires? (?:residents?|tenants?|customers?)|requiring (?:residents?|tenants?|customers?))\b/i;
/** Something recurring or done on demand is neither a failing nor a future claim. */
const RECURRING =
  /\b(?:ongoing|annually|every (?:year|\d+ years?|two years|three years)|each (?:year|time)|regularly|periodically|on an ongoing basis|as (?:and when )?(?:required|needed|necessary)|when(?:ever)? (?:required|needed|necessary|appropriate)|where (?:required|needed|necessary|appropriate)|on request|upon request|if requested|when requested|in such cases|in each case)\b/i;

/** The clause a match is in: from the last clause break before it to the next one after it. */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const head = sentence.slice(0, start);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('('));
  const tail = sentence.slice(end);
  const stop = tail.search(/[,;:.()]|\s[-–—]\s|\b(?:and|but|so|while|whereas|although|though)\b/i);
  return { before: head.slice(cut + 1), after: stop < 0 ? tail : tail.slice(0, stop) };
}

/** A sentence made of the requirement's own words (a landlord copying the Code into its commentary). */
function quotesRequirement(sentence: string, context: ClaimContext | undefined): boolean {
  const words = wordSet(sentence);
  if (words.size < 5) return false;
  return (context?.requirements ?? []).some((t) => t !== undefined && containment(words, wordSet(t)) >= 0.85);
}

function passedOver(sentence: string, context: ClaimContext | undefined): boolean {
  return CONDITION.test(sentence) || QUOTES_CODE.test(sentence) || quotesRequirement(sentence, context);
}

// ---------------------------------------------------------------------------------------------------
// Contradictions
// ---------------------------------------------------------------------------------------------------

/** "currently", "yet", "explicitly": the words by which a landlord says what is missing now. */
const ADVERB = '(?:currently|yet|explicitly|clearly|specifically|formally|fully|presently)';
/** The subject or object is the requirement itself: "this is not stated", "the policy does not say this". */
const PRONOUN = /^\s*(?:this|it|these|that|which|this requirement|the requirement|this provision|this point)\b/i;
const PRONOUN_SUBJECT =
  /\b(?:this|it|these|this requirement|the requirement|this provision|this point|this information)\s*$/i;
/** "as it is not covered by this policy": a reason, usually why something is excluded. */
const REASON_SUBJECT = /\b(?:as|because|since|so)\s+(?:it|this|these|they)\s*$/i;
/** An event that has not arisen is not a failing: "we have not yet had a complaint escalated". */
const NO_EVENT =
  /^\s*(?:know|knew|had|received|needed to|have any|had any|needed|seen|experienced|encountered|come across|arisen|happened|occurred|been (?:asked|required|needed|necessary|used|called upon|requested|the case)|had (?:to|cause|occasion|any))\b/i;
const NO_EVENT_SUBJECT = /\b(?:needed|required|necessary|applicable|used)\s*$/i;

/** Verbs that say what a document says: fine with a noun object ("does not mention the Ombudsman"). */
const DOCUMENT_VERBS =
  'state|states|say|says|set out|sets out|reflect|reflects|mention|mentions|specify|specifies|explain|explains|detail|details|outline|outlines|refer to|refers to|reference|references';
/** Verbs that also describe exclusions ("the policy does not cover insurance claims"): only with "this", "that ...". */
const SCOPE_VERBS = 'cover|covers|include|includes|contain|contains|provide for|provides for|address|addresses';

interface Pattern {
  re: RegExp;
  /** Whether the match is an admission, from the clause around it. */
  admits?: (
    m: RegExpExecArray,
    clause: { before: string; after: string },
    context: ClaimContext | undefined,
    sentence: string,
  ) => boolean;
}

const docSubject =
  '(?:policy|policies|procedure|procedures|process|guidance|document|website|web page|webpage|leaflet|form|framework|system|letter|letters|template|templates|handbook|strategy|report)';

/** The scope of a policy, where the row is about exclusions, is the exclusions it lists. */
const aboutExclusions = (context: ClaimContext | undefined): boolean =>
  (context?.requirements ?? []).some((t) => t !== undefined && /\bexclu/i.test(t));

const PERFECT_VERB =
  /^(?:published|implemented|adopted|delivered|completed|carried out|rolled out|embedded|introduced|set out|documented)$/i;

/** What is outstanding in a case ("actions not yet completed are tracked") is no failing of the landlord's. */
const eachCase = (c: { before: string }): boolean =>
  /\b(?:actions?|remed(?:y|ies)|repairs?|works?|jobs?|complaints?(?!\s+(?:policy|procedure|process|report|team|officer|system|leaflet|handbook|framework|strategy|performance|handling|page|form))|cases?|recommendations?|payments?|responses?|requests?|outstanding)\b/i.test(
    c.before,
  );

const noForbidden = (c: { before: string; after: string }): boolean => !FORBIDDEN.test(`${c.before} ${c.after}`);

const CONTRADICTIONS: Pattern[] = [
  // "is not currently stated", "this is not covered in the policy", "has not yet been published"
  {
    re: new RegExp(
      `\\b(?:is|are|has|have)\\s+not\\s+(?:been\\s+)?(?:(${ADVERB})\\s+)?(?:been\\s+)?(stated|included|covered|mentioned|set out|in place|reflected|referenced|documented|published|specified|detailed|explained|outlined|implemented|adopted|delivered|completed|carried out|rolled out|embedded|introduced|updated|amended|recorded)\\b`,
      'i',
    ),
    admits: (m, c, context) => {
      const adverb = m[1] !== undefined;
      const perfect = /\b(?:has|have)\s+not\b/i.test(m[0]);
      if (!noForbidden(c) || NO_EVENT_SUBJECT.test(c.before) || REASON_SUBJECT.test(c.before)) return false;
      if (/^(?:included|covered)$/i.test(m[2] ?? '') && aboutExclusions(context)) return false;
      if (adverb || PRONOUN_SUBJECT.test(c.before)) return true;
      // "has not been published": an action the landlord has not taken (not "has not been updated since ...").
      return perfect && PERFECT_VERB.test(m[2] ?? '') && !eachCase(c);
    },
  },
  // "not currently stated", "not yet in place" (a note rather than a sentence)
  {
    re: /\bnot\s+(?:currently|yet|presently)\s+(?:been\s+)?(stated|included|covered|in place|available|published|recorded|reflected|mentioned|defined|specified|implemented|adopted|done|happening|offered|provided|met|delivered|completed|achieved|agreed|approved|trained|appointed|introduced|updated|embedded)\b/i,
    admits: (_m, c) => noForbidden(c) && !eachCase(c),
  },
  // "the policy does not cover this", "our procedure doesn't currently state", "the policy does not mention ..."
  {
    re: new RegExp(
      `\\b${docSubject}\\s+(?:does|do|did)\\s*(?:not|n['’]t)\\s+(?:(${ADVERB})\\s+)?(${DOCUMENT_VERBS}|${SCOPE_VERBS}|meet|meets|comply|complies|fully meet)\\b`,
      'i',
    ),
    admits: (m, c, context) => {
      const verb = (m[2] ?? '').toLowerCase();
      if (/^(?:meet|meets|comply|complies|fully meet)$/.test(verb)) return true;
      if (!noForbidden(c)) return false;
      const object = c.after;
      const pointed =
        PRONOUN.test(object) ||
        /^\s*(?:how|what|when|where|whether|who|why|all|any of|the need|the right)\b/i.test(object);
      if (new RegExp(`^(?:${SCOPE_VERBS})$`, 'i').test(verb)) {
        return !aboutExclusions(context) && (pointed || (m[1] !== undefined && /^\s*(?:the|our|a|an)\b/i.test(object)));
      }
      return true;
    },
  },
  // "we do not fully meet this", "we don't currently comply"
  {
    re: new RegExp(`\\bwe\\s+(?:do|did)\\s*(?:not|n['’]t)\\s+(?:${ADVERB}\\s+)?(?:meet|comply)\\b`, 'i'),
    admits: (_m, c) => noForbidden(c),
  },
  // "will need to be changed", "needs to be updated"
  {
    re: /\b(?:will|would)\s+need\s+to\s+be\s+(?:changed|updated|amended|revised|reviewed|added|included|rewritten|strengthened)\b/i,
    admits: (_m, c) =>
      !RECURRING.test(c.after) &&
      !/^\s*(?:if|when|whenever|should|in the event|as and when|following|after|each time|every time|once)\b/i.test(
        c.after,
      ),
  },
  {
    re: /\bneeds?\s+to\s+be\s+(?:changed|updated|amended|revised|added|included|rewritten|strengthened|introduced|put in place)\b/i,
    admits: (_m, c) =>
      !RECURRING.test(c.after) &&
      !/^\s*(?:if|when|whenever|should|in the event|as and when|following|after|each time|every time|once)\b/i.test(
        c.after,
      ),
  },
  // "we do not yet", "we have not yet" (not "we have not yet had a complaint ...")
  {
    re: /\bwe\s+(?:do|are|have|did)\s*(?:not|n['’]t)\s+yet\b/i,
    admits: (_m, c) => !NO_EVENT.test(c.after) && noForbidden(c),
  },
  // "not yet been implemented", "not yet in place"
  {
    re: /\bnot\s+yet\s+(?:been\s+)?(?:implemented|in place|adopted|updated|published|introduced|started|done|completed|achieved|agreed|approved|trained|appointed|reviewed|delivered|rolled out|carried out|embedded)\b/i,
    admits: (_m, c) => noForbidden(c) && !eachCase(c),
  },
  // "no policy in place", "there is currently no formal procedure"
  {
    re: /\bno\s+(?:formal\s+|current\s+|written\s+|specific\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|system|mechanism|framework)\s+(?:is\s+|currently\s+)*(?:in place|exists)\b/i,
    admits: (_m, c) => !DENIAL_AFTER.test(c.after) && noForbidden(c),
  },
  {
    re: /\bthere\s+(?:is|are)\s+(?:currently\s+|presently\s+|still\s+)?no\s+(?:formal\s+|written\s+|specific\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|system|mechanism|framework)\b/i,
    admits: (_m, c) => !DENIAL_AFTER.test(c.after) && noForbidden(c),
  },
  // "partially compliant", "only partly in place", "complies in part", "Partially." (a Yes taken back)
  {
    re: /\b(?:partial(?:ly)?|partly)\s+(?:compliant|complies|complied|met|in place|implemented|covered|achieved|meets|adopted|addressed|reflected|followed|true)\b/i,
  },
  { re: /\bpartial\s+compliance\b/i },
  {
    re: /\bcompl(?:y|ies|iant)\s+(?:only\s+)?(?:in\s+part|partially|partly)\b/i,
  },
  { re: /^\W*(?:only\s+)?(?:partial(?:ly)?|partly)\b\s*(?:[-–—:;,.]|$)/i },
];

function admission(sentence: string, patterns: readonly Pattern[], context: ClaimContext | undefined) {
  for (const p of patterns) {
    const m = p.re.exec(sentence);
    if (!m) continue;
    const clause = clauseAround(sentence, m.index, m.index + m[0].length);
    if (CONDITION_BEFORE.test(clause.before)) continue;
    if (p.admits && !p.admits(m, clause, context, sentence)) continue;
    return { phrase: m[0].trim() };
  }
  return undefined;
}

/** The phrase by which a sentence says a requirement is not met, if it says so plainly. */
export function contradiction(sentence: string, context?: ClaimContext): Admission | undefined {
  if (passedOver(sentence, context)) return undefined;
  return admission(sentence, CONTRADICTIONS, context);
}

// ---------------------------------------------------------------------------------------------------
// Future claims
// ---------------------------------------------------------------------------------------------------

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** When something will be: a month, a year, "next month", "shortly". Not a duration ("within 10 days"). */
const FUTURE_TIME = new RegExp(
  `\\b(?:(?:from|by|in|during|before|until|after|end of|start of|beginning of)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\b|(?:${MONTHS})\\s+20\\d\\d\\b|(?:from|by|in|during|before|until)\\s+(?:the\\s+)?(?:financial\\s+year\\s+)?20\\d\\d|20\\d\\d\\s*[/-]\\s*(?:20)?\\d\\d|q[1-4]\\b|next\\s+(?:week|month|year|quarter|financial\\s+year)|(?:later|early|earlier)\\s+(?:this|next)\\s+(?:year|month|quarter)|this\\s+(?:coming\\s+)?(?:spring|summer|autumn|winter|financial\\s+year)|in\\s+the\\s+(?:new|next|coming)\\s+(?:year|financial\\s+year|months?|weeks?|quarter)|in\\s+due\\s+course|shortly|soon)`,
  'i',
);
/** Arrangements a landlord puts in place: a future claim is about one of them. */
const ARRANGEMENT =
  /\b(?:policy|policies|procedure|procedures|process|processes|system|systems|training|website|web\s?page|portal|framework|strategy|leaflet|guidance|form|forms|module|register|panel|role|post|officer|team|member responsible|mrc|self-assessment|action plan|charter|handbook|report|app|database|scheme|template|templates|arrangements?)\b/i;
/** What happens in each case: "any remedy will be put in place", "reasonable adjustments will be put in place". */
const GENERIC =
  /\b(?:any|all|each|every|remed(?:y|ies)|actions?|measures?|recommendations?|learning|lessons?|improvements?|adjustments?|outcomes?|compensation|apolog(?:y|ies)|responses?|decisions?|information|details|copies|support|help|assistance|payments?|offers?|awards?|extensions?|investigations?|complaints?|cases?)\b/i;
/** What is decided in each case: "compensation ... subject to approval", "a panel ... to review the complaint". */
const CASE_LEVEL =
  /\b(?:remed(?:y|ies)|compensation|payments?|offers?|awards?|extensions?|investigations?|responses?|appeals?)\b/i;
const EACH_CASE =
  /\b(?:the|each|a|this|every)\s+(?:[\w-]+\s+){0,2}?(?:complaint|case|resident|tenant|complainant|remedy|appeal|investigation|escalation)s?\b(?!\s+(?:policy|procedure|process|portal|system|form|leaflet|team|officer|report|framework|strategy|handbook|register|module|page|app))/i;
const caseLevel = (text: string): boolean => CASE_LEVEL.test(text) || EACH_CASE.test(text);
/** The thing is in operation already: "was implemented in April 2024", "went live", "in place since". */
const IN_OPERATION =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:implemented|introduced|launched|rolled out|put in place|adopted|in place|live|operational|embedded)\b|\b(?:went|has gone|have gone|has been|have been)\s+live\b|\bin\s+place\s+since\b|\b(?:came|has come|have come)\s+into\s+(?:force|effect)\b|\btook\s+effect\b/i;
/** A review cycle is not a claim: "the new policy will be reviewed in 2026". */
const REVIEW = /^\s*(?:be\s+)?(?:reviewed|monitored|kept under review|evaluated|audited|checked|refreshed)\b/i;

const STRONG =
  '(?:implemented|introduced|launched|in place|rolled out|adopted|put in place|developed|created|established|live|going live|operational|set up|embedded)';
const WEAK =
  '(?:published|available|delivered|amended|added|included|updated(?: to)?|recruited|appointed|revised|changed|rewritten|trained|provided|offered)';

const FUTURE_CLAIMS: Pattern[] = [
  // "is due to go live", "is scheduled to be implemented"
  {
    re: /\b(?:is|are)\s+(?:due|scheduled|planned|expected|set)\s+to\s+(?:go live|launch|start|begin|commence|come into (?:force|effect)|take effect|be (?:introduced|implemented|launched|published|adopted|approved|rolled out|in place|put in place|completed|finalised|signed off|agreed|appointed|recruited|live|operational))\b/i,
    admits: (_m, c) => !caseLevel(`${c.before} ${c.after}`),
  },
  // "to be introduced", "is yet to be implemented"
  {
    re: /\b(?:is|are|yet|still)\s+to\s+be\s+(?:introduced|implemented|launched|adopted|published|rolled out|put in place|agreed|approved|updated|amended|finalised|signed off|developed|recruited|appointed)\b/i,
    admits: (_m, c) =>
      !(GENERIC.test(c.before) && !ARRANGEMENT.test(c.before)) && !RECURRING.test(c.after) && !EACH_CASE.test(c.after),
  },
  // "once approved", "once it has been adopted by the Board"
  {
    re: /\bonce\s+(?:it\s+is\s+|it\s+has\s+been\s+|this\s+is\s+|this\s+has\s+been\s+|they\s+are\s+|they\s+have\s+been\s+|the\s+[\w-]+\s+(?:is|has been)\s+)?(?:formally\s+|fully\s+)?(?:approved|adopted|signed off|ratified|published|implemented|launched|live|in place|finalised)\b/i,
    admits: (_m, _c, _context, sentence) => !caseLevel(sentence),
  },
  // "is being developed", "is currently being drafted"
  {
    re: /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?being\s+(?:developed|drafted|written|introduced|implemented|procured|recruited|rolled out|put in place|set up|created|designed|updated|revised|amended|rewritten|finalised)\b/i,
    admits: (_m, c) =>
      !(GENERIC.test(c.before) && !ARRANGEMENT.test(c.before)) && !RECURRING.test(c.after) && !EACH_CASE.test(c.after),
  },
  // "awaiting approval", "subject to Board approval"
  {
    re: /\b(?:awaiting|pending)\s+(?:formal\s+|final\s+|board\s+|committee\s+|cabinet\s+|executive\s+|governing body\s+)?(?:approval|sign[-\s]?off|adoption|ratification)\b|\bsubject\s+to\s+(?:formal\s+|final\s+|board\s+|committee\s+|cabinet\s+|executive\s+|governing body\s+)(?:approval|sign[-\s]?off|adoption|ratification)\b/i,
    admits: (_m, c) => !caseLevel(c.before),
  },
  {
    re: /\b(?:is|are|remains?)\s+(?:currently\s+|still\s+)?in\s+draft\b/i,
    admits: (_m, c) => !caseLevel(c.before),
  },
  // "the new policy will contain", "our revised complaints and compensation policy is expected to"
  {
    re: /\b(?:the|our|a)\s+(?:new|revised|updated|refreshed|draft|replacement)\s+(?:[\w&-]+\s+){0,3}?(?:policy|procedure|system|process|website|portal|form|guidance|framework|strategy|leaflet|handbook|template|module|report)\s+(?:will|is going to|is expected to|is due to|is intended to)\b/i,
    admits: (_m, c) => !REVIEW.test(c.after) && !RECURRING.test(c.after),
  },
  // "will be implemented from April", "it will be in place by March", "a new MRC will be appointed"
  {
    re: new RegExp(
      `\\bwill\\s+(?:shortly\\s+|soon\\s+|now\\s+|also\\s+|then\\s+)?be\\s+(?:(${STRONG})|(${WEAK}))\\b`,
      'i',
    ),
    admits: (m, c) => {
      const subject = c.before;
      const when = FUTURE_TIME.test(`${c.before} ${m[0]} ${c.after}`);
      const fresh = /\b(?:new|revised|updated|refreshed|draft|replacement)\b/i.test(subject);
      const arrangement =
        ARRANGEMENT.test(subject) || PRONOUN_SUBJECT.test(subject) || /^\s*(?:it|this|they|these)\b/i.test(subject);
      if (RECURRING.test(`${subject} ${c.after}`) || EACH_CASE.test(`${subject} ${c.after}`)) return false;
      if (GENERIC.test(subject) && !ARRANGEMENT.test(subject)) return false;
      return m[1] !== undefined ? when || fresh || arrangement : when || fresh;
    },
  },
  // "we will introduce", "we plan to implement" (not "we will implement any recommendations")
  {
    re: /\bwe\s+(?:will|shall|intend to|plan to|are planning to|aim to|are going to|propose to|expect to|hope to)\s+(?:(introduce|implement|launch|develop|create|put in place|adopt|roll out|establish|set up)|(publish|appoint|recruit|update|amend|revise))\b/i,
    admits: (m, c) => {
      if (GENERIC.test(c.after) && !ARRANGEMENT.test(c.after)) return false;
      if (RECURRING.test(c.after) || EACH_CASE.test(c.after)) return false;
      const when = FUTURE_TIME.test(c.after);
      const fresh = /\b(?:new|revised|updated|refreshed|replacement)\b/i.test(c.after);
      return m[1] !== undefined ? true : when || fresh;
    },
  },
];

/** The phrase by which a sentence rests a "Yes" on something not yet in place. */
export function futureClaim(sentence: string, context?: ClaimContext): Admission | undefined {
  if (passedOver(sentence, context) || IN_OPERATION.test(sentence)) return undefined;
  return admission(sentence, FUTURE_CLAIMS, context);
}
