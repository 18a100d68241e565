/**
 * What a landlord's own words admit about a "Yes": that the requirement is not met (a contradiction), or that
 * it rests on something not yet in place (a future claim). Precision over recall: each pattern is a phrase
 * that, in a landlord's evidence or commentary, says so plainly; a sentence is passed over when it is a
 * condition ("where the policy does not cover a case, ..."), quotes the Code ("the landlord must not ..."),
 * denies a failing ("no policy in place that restricts ..."), or speaks of something recurring ("will be
 * reviewed annually").
 */

/** A phrase found, and the sentence it is in. */
export interface Admission {
  phrase: string;
}

const CONTRADICTIONS: RegExp[] = [
  // "is not currently stated", "are not yet included", "is not explicitly covered"
  /\b(?:is|are|was|has|have)\s+not\s+(?:been\s+)?(?:currently\s+|yet\s+|explicitly\s+|clearly\s+|specifically\s+|formally\s+)?(?:stated|included|covered|mentioned|set out|in place|reflected|referenced|recorded|documented|published|specified|defined|detailed|explained|outlined)\b/i,
  // "not currently stated", "not yet in place"
  /\bnot\s+(?:currently|yet|presently)\s+(?:been\s+)?(?:stated|included|covered|in place|available|published|recorded|reflected|mentioned|defined|specified|implemented|adopted|done|happening|possible|offered|provided|met)\b/i,
  // "the policy does not cover", "our procedure doesn't state"
  /\b(?:policy|policies|procedure|procedures|process|guidance|document|website|leaflet|form|framework|system)\s+(?:does|do|did)\s*(?:not|n['’]t)\s+(?:currently\s+|yet\s+|explicitly\s+|specifically\s+|clearly\s+|fully\s+)?(?:cover|state|include|mention|say|set out|reflect|refer|contain|allow|provide|specify|define|explain|detail|outline|meet|comply)\b/i,
  // "will need to be changed", "needs to be updated"
  /\b(?:will|would)\s+need\s+to\s+be\s+(?:changed|updated|amended|revised|reviewed|added|included|rewritten|strengthened)\b/i,
  /\bneeds?\s+to\s+be\s+(?:changed|updated|amended|revised|added|included|rewritten|strengthened|introduced|put in place)\b/i,
  // "we do not yet", "we have not yet"
  /\bwe\s+(?:do|are|have|did)\s*(?:not|n['’]t)\s+yet\b/i,
  // "not yet been implemented", "not yet in place"
  /\bnot\s+yet\s+(?:been\s+)?(?:implemented|in place|adopted|updated|published|introduced|started|done|completed|achieved|agreed|approved|trained|appointed|reviewed)\b/i,
  // "no policy in place", "there is currently no formal procedure"
  /\bno\s+(?:formal\s+|current\s+|written\s+|specific\s+|separate\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|record|system|mechanism|framework)\s+(?:is\s+|currently\s+)*(?:in place|exists)\b/i,
  /\bthere\s+(?:is|are)\s+(?:currently\s+|presently\s+)?no\s+(?:formal\s+|written\s+|specific\s+|separate\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|record|system|mechanism|framework)\b/i,
  // "partially compliant", "only partially met", "partly in place"
  /\b(?:partial(?:ly)?|partly)\s+(?:compliant|complies|complied|met|in place|implemented|covered|achieved|meets|adopted)\b/i,
  /\bonly\s+(?:partial(?:ly)?|partly)\b/i,
  /\bcompl(?:y|ies)\s+(?:only\s+)?(?:in\s+part|partially|partly)\b/i,
];

const FUTURE_CLAIMS: RegExp[] = [
  // "will be implemented from April", "will be in place by"
  /\bwill\s+(?:shortly\s+|soon\s+|now\s+|also\s+)?be\s+(?:implemented|introduced|launched|in place|rolled out|adopted|published|amended|added|included|put in place|delivered|developed|created|established|recruited|appointed|live|going live|operational|available|updated to)\b/i,
  // "the new policy will contain"
  /\b(?:the|our|a)\s+(?:new|revised|updated|refreshed|draft)\s+(?:complaints?\s+)?(?:policy|procedure|system|process|website|form|guidance|framework|strategy|leaflet)\s+(?:will|is going to|is expected to|is due to|should)\b/i,
  // "is due to go live"
  /\b(?:is|are)\s+due\s+to\s+(?:go live|be\b|launch|start|come into|take effect|begin)/i,
  // "to be introduced", "is to be implemented"
  /\b(?:is|are|yet)\s+to\s+be\s+(?:introduced|implemented|launched|adopted|published|rolled out|put in place|agreed|approved|updated|amended|finalised|signed off|developed|recruited|appointed)\b/i,
  // "once approved", "once it has been agreed"
  /\bonce\s+(?:it\s+is\s+|it\s+has\s+been\s+|this\s+is\s+|this\s+has\s+been\s+|the\s+\w+\s+(?:is|has been)\s+)?(?:approved|agreed|adopted|signed off|ratified|published|implemented|launched|live|in place|finalised)\b/i,
  // "is being developed", "is currently being drafted"
  /\b(?:is|are)\s+(?:currently\s+|now\s+)?being\s+(?:developed|drafted|written|introduced|implemented|procured|recruited|rolled out|put in place|set up|created|designed)\b/i,
  // "we will introduce", "we plan to implement"
  /\bwe\s+(?:will|intend to|plan to|are planning to|aim to|are going to|propose to|expect to)\s+(?:introduce|implement|launch|publish|develop|create|put in place|adopt|appoint|recruit|roll out|establish|set up)\b/i,
  // "awaiting approval", "subject to board approval", "in draft"
  /\b(?:awaiting|pending|subject to)\s+(?:formal\s+|final\s+|board\s+|committee\s+|cabinet\s+)?(?:approval|sign[-\s]?off|adoption|ratification|agreement)\b/i,
  /\b(?:is|are|remains?)\s+(?:currently\s+|still\s+)?in\s+draft\b/i,
];

/** A sentence that is a condition, not a statement of fact: "where the policy does not cover a case, ...". */
const CONDITION =
  /^\W*(?:where|if|when|whenever|unless|should|in (?:the )?(?:rare |exceptional |any )?(?:cases?|event|instances?|circumstances) (?:where|that|when))\b/i;
/** Quoting the Code: "the landlord must not ...", "the Code requires ...". */
const QUOTES_CODE =
  /\b(?:the\s+landlords?|landlords)\s+(?:must|should|are required to|is required to)\b|\bthe\s+code\b|\bombudsman\s+(?:says|states|requires|expects)\b/i;
/** Something recurring is not a future claim: "will be reviewed and updated annually". */
const RECURRING =
  /\b(?:ongoing|annually|every (?:year|\d+ years?|two years|three years)|each year|regularly|periodically|on an ongoing basis|as (?:and when )?(?:required|needed|necessary)|when(?:ever)? (?:required|needed|necessary))\b/i;
/** A denial of a failing: "there is no policy in place that restricts ...", "no process that prevents ...". */
const DENIAL_AFTER =
  /^\s*(?:that|which|to)\s+(?:would\s+)?(?:prevents?|restricts?|stops?|excludes?|limits?|refuses?|bars?|requires? residents? to)\b/i;

function firstMatch(sentence: string, patterns: readonly RegExp[]): RegExpExecArray | undefined {
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (m) return m;
  }
  return undefined;
}

/** The phrase by which a sentence says a requirement is not met, if it says so plainly. */
export function contradiction(sentence: string): Admission | undefined {
  if (CONDITION.test(sentence) || QUOTES_CODE.test(sentence)) return undefined;
  const m = firstMatch(sentence, CONTRADICTIONS);
  if (!m) return undefined;
  const after = sentence.slice(m.index + m[0].length);
  if (DENIAL_AFTER.test(after)) return undefined;
  // "we do not refuse complaints" and the like never match; "not yet" after "if" is a condition.
  const before = sentence.slice(Math.max(0, m.index - 30), m.index);
  if (/\b(?:where|if|when|unless)\b[^,;]*$/i.test(before)) return undefined;
  return { phrase: m[0] };
}

/** The phrase by which a sentence rests a "Yes" on something not yet in place. */
export function futureClaim(sentence: string): Admission | undefined {
  if (CONDITION.test(sentence) || QUOTES_CODE.test(sentence) || RECURRING.test(sentence)) return undefined;
  const m = firstMatch(sentence, FUTURE_CLAIMS);
  if (!m) return undefined;
  const before = sentence.slice(Math.max(0, m.index - 30), m.index);
  if (/\b(?:where|if|when|unless)\b[^,;]*$/i.test(before)) return undefined;
  return { phrase: m[0] };
}
