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
 * A practice the Code forbids, stated as the landlord's own ("our policy still has a third stage"), is an
 * admission too; windows and stages the shared readers find are judged by the claim-contradicted rule.
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
  /** The most complaint stages the Code version allows: a third stage is a failing only where it allows two. */
  maxStages?: number;
}

// ---------------------------------------------------------------------------------------------------
// Shared guards
// ---------------------------------------------------------------------------------------------------

/** A sentence that is a condition, not a statement of fact: "where the policy does not cover a case, ...". */
const CONDITION =
  /^\W*(?:where|if|when|whenever|unless|should|in (?:the )?(?:rare |exceptional |any )?(?:cases?|event|instances?|circumstances) (?:where|that|when))\b/i;
/**
 * A condition opened shortly before the phrase, with no clause break between: "..., and if it is not yet ...".
 * An indirect question ("to see if any improvements could be made") is no condition.
 */
const CONDITION_BEFORE =
  /(?<!\b(?:see|ask|asks|asked|check|checks|checked|know|decide|decides|consider|considers|establish|determine|find out|assess|assesses)\s)\b(?:where|if|when|whenever|unless)\b[^,;:]*$/i;
/** Quoting the Code: "the landlord must not ...", "the Code requires ...". */
const QUOTES_CODE =
  /\b(?:the\s+landlords?|landlords)\s+(?:must|should|are required to|is required to)\b|\b(?:the\s+)?code\s+(?:says|states|requires|sets out|provides|expects)\b|\b(?:as|under|according to)\s+(?:the\s+)?(?:20\d\d\s+)?code\b|\bombudsman\s+(?:says|states|requires|expects)\b/i;
/** Something the Code forbids, or a burden on residents: saying it is absent is no admission. */
const FORBIDDEN =
  /\b(?:stage\s*(?:0|zero|three|3)|third\s+stage|three[-\s]stages?|informal\s+(?:stage|complaints?|resolution|process|step)|pre-?complaint|extra\s+stages?|additional\s+stages?|fees?|charges?|restrictions?|exclusions?|in\s+writing|the\s+word\s+['‘"“]?complaint|(?:residents?|tenants?|customers?|complainants?|you|they|people)\s+(?:must|have to|has to|need to|needs to|are required to|is required to|cannot|can['’]t|can only|may only|should))\b/i;
/** A denial of a failing: "there is no policy in place that restricts ...", "no process for refusing ...". */
const DENIAL_AFTER =
  /^\s*(?:(?:is\s+|currently\s+)*in\s+place\s+|(?:at present|at the moment|currently)\s+)?(?:that|which|to|for|by which)\s+(?:would\s+|could\s+)?(?:prevents?|preventing|restricts?|restricting|stops?|stopping|excludes?|excluding|limits?|limiting|refuses?|refusing|rejects?|rejecting|bars?|barring|charges?|charging|den(?:y|ies|ying)|requires? (?:residents?|tenants?|customers?)|requiring (?:residents?|tenants?|customers?))\b/i;
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** Something recurring or done on demand is neither a failing nor a future claim. */
const RECURRING = new RegExp(
  `\\b(?:(?:each|every)\\s+(?:${MONTHS})\\b|ongoing|annually|yearly|quarterly|monthly|weekly|every (?:year|\\d+ years?|two years|three years|month|quarter|week)|each (?:year|time|month|quarter|week)|regularly|periodically|on an ongoing basis|as (?:and when )?(?:required|needed|necessary)|when(?:ever)? (?:required|needed|necessary|appropriate)|where (?:required|needed|necessary|appropriate)|on request|upon request|if requested|when requested|in such cases|in each case)\\b`,
  'i',
);

/**
 * The clause a match is in: from the last clause break before it to the next one after it. A bracket opened
 * and closed before the match ("the revised QLx (housing management system) procedures ... this will be")
 * is an aside inside the clause, not a break; one still open is.
 */
function clauseAround(sentence: string, start: number, end: number): { before: string; after: string } {
  const head = sentence.slice(0, start);
  const open = head.lastIndexOf('(');
  const cut = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    open > head.lastIndexOf(')') ? open : -1,
  );
  const tail = sentence.slice(end);
  const stop = tail.search(/[,;:.()]|\s[-–—]\s|\b(?:and|but|so|while|whereas|although|though)\b/i);
  return { before: head.slice(cut + 1), after: stop < 0 ? tail : tail.slice(0, stop) };
}

/** Requirement texts' content words: every sentence of a row is compared with the same few texts. Bounded. */
const requirementWords = new Map<string, Set<string>>();

function wordsOfRequirement(text: string): Set<string> {
  let words = requirementWords.get(text);
  if (!words) {
    if (requirementWords.size >= 1000) requirementWords.clear();
    words = wordSet(text);
    requirementWords.set(text, words);
  }
  return words;
}

/** A sentence made of the requirement's own words (a landlord copying the Code into its commentary). */
function quotesRequirement(sentence: string, context: ClaimContext | undefined): boolean {
  const words = wordSet(sentence);
  if (words.size < 5) return false;
  return (context?.requirements ?? []).some(
    (t) => t !== undefined && containment(words, wordsOfRequirement(t)) >= 0.85,
  );
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
  /**
   * Words every match of `re` contains. A sentence is read with `re` only where its cue is found: most sentences
   * have none of them, and each pattern's cost (compiling it, then running it) is paid only where it may match.
   */
  cue: RegExp;
  re: RegExp;
  /** Whether the match is an admission, from the clause around it. */
  admits?: (
    m: RegExpExecArray,
    clause: { before: string; after: string },
    context: ClaimContext | undefined,
    sentence: string,
  ) => boolean;
}

/** Cues shared by several patterns ("does not", "doesn't"; "partly", "in part"; "to be introduced"). */
const NOT_CUE = /not/i;
const NEGATION_CUE = /not|n['’]t/i;
const PART_CUE = /part/i;
const TO_BE_CUE = /to\s+be/i;

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

/**
 * "complaints received through Facebook", "complaints handled by our repairs contractors": what a policy that
 * leaves them out fails to cover. Channels are named ("over twelve months", "on the same matter" and "made by
 * staff" are fair exclusions, so bare prepositions are not enough).
 */
const CHANNEL_OR_AGENT = new RegExp(
  '^\\s*complaints?\\s+(?:' +
    "(?:received|made|submitted|sent|raised|lodged)\\s+(?:through|via|on|over|by|online|in)\\s+(?:[\\w'’-]+\\s+){0,2}?" +
    '(?:social media|facebook|twitter|instagram|whatsapp|web ?chat|website|e-?mail|phone|telephone|text messages?|texts?|sms|letters?|post|app|portal|person|representatives?|advocates?)\\b' +
    '|(?:handled|dealt with|investigated|managed|responded to|answered)\\s+by\\s+(?:our\\s+|the\\s+|its\\s+)?(?:[\\w&-]+\\s+){0,4}?' +
    '(?:contractors?|sub-?contractors?|agents?|partners?|third[-\\s]part(?:y|ies)))',
  'i',
);

/** A stage the Code forbids, as the object of "has", "includes": group 1 is a third stage (allowed before 2024). */
const NAMED_EXTRA_STAGE =
  /^\s*(?:an?\s+|the\s+|its\s+|one\s+)?(?:(stage\s*(?:3|three)|third\s+stage|three[-\s]stages?)|stage\s*(?:0|zero)|informal\s+(?:complaints?\s+)?(?:stage|step|process)|pre-?complaint|extra\s+stages?|additional\s+stages?)\b/i;

/** Verbs by which a document keeps what it should not: "still has", "includes". */
const HAS_VERBS =
  '(?:has|have|includes?|contains?|uses?|operates?|offers?|allows?|sets? out|provides? for|retains?|keeps?)';

/** Part of a time-marked absence: "... at present", "... as yet". */
const NOT_NOW_AFTER = /^[^.;]*?\b(?:at present|at the moment|at this time|as yet|yet)\b/i;

export const CONTRADICTIONS: readonly Pattern[] = [
  // "is not currently stated", "this is not covered in the policy", "has not yet been published"
  {
    cue: NOT_CUE,
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
    cue: NOT_CUE,
    re: /\bnot\s+(?:currently|yet|presently)\s+(?:been\s+)?(stated|included|covered|in place|available|published|recorded|reflected|mentioned|defined|specified|implemented|adopted|done|happening|offered|provided|met|delivered|completed|achieved|agreed|approved|trained|appointed|introduced|updated|embedded|confirmed|explained|communicated|notified|monitored|reported|tracked|logged|captured|signposted|advertised|publicised|analysed|collected)\b/i,
    admits: (_m, c) => noForbidden(c) && !eachCase(c),
  },
  // "the policy does not cover this", "our procedure doesn't currently state", "the policy does not mention ..."
  {
    cue: NEGATION_CUE,
    re: new RegExp(
      `\\b${docSubject}\\s+(?:does|do|did)\\s*(?:not|n['’]t)\\s+(?:(${ADVERB})\\s+)?(${DOCUMENT_VERBS}|${SCOPE_VERBS}|meet|meets|comply|complies|fully meet)\\b`,
      'i',
    ),
    admits: (m, c, context, sentence) => {
      const verb = (m[2] ?? '').toLowerCase();
      if (/^(?:meet|meets|comply|complies|fully meet)$/.test(verb)) return true;
      if (!noForbidden(c)) return false;
      const object = c.after;
      const pointed =
        PRONOUN.test(object) ||
        /^\s*(?:how|what|when|where|whether|who|why|all|any of|the need|the right)\b/i.test(object);
      if (new RegExp(`^(?:${SCOPE_VERBS})$`, 'i').test(verb)) {
        // Complaints made through a channel, or handled by those acting for the landlord, are never a fair
        // exclusion: the Code has complaints accepted however made, and handled by contractors in its process.
        // (Read to the end of the sentence: "our repairs and maintenance contractors" runs past the clause's "and".)
        if (CHANNEL_OR_AGENT.test(sentence.slice(m.index + m[0].length))) return true;
        return !aboutExclusions(context) && (pointed || (m[1] !== undefined && /^\s*(?:the|our|a|an)\b/i.test(object)));
      }
      return true;
    },
  },
  // "although it does not yet cover extensions at stage two": a pronoun for the document, with "yet" or
  // "currently" to say the gap is now (without them, "it does not include" may describe an exclusion)
  {
    cue: NEGATION_CUE,
    re: new RegExp(
      `\\b(?:it|this|they|these)\\s+(?:does|do)\\s*(?:not|n['’]t)\\s+(yet|currently)\\s+(${DOCUMENT_VERBS}|${SCOPE_VERBS})\\b`,
      'i',
    ),
    admits: (m, c, context, sentence) => {
      if (!noForbidden(c)) return false;
      if (!new RegExp(`^(?:${SCOPE_VERBS})$`, 'i').test(m[2] ?? '')) return true;
      // "does not currently cover insurance claims" may describe an exclusion; "not yet" looks to covering it
      if (CHANNEL_OR_AGENT.test(sentence.slice(m.index + m[0].length))) return true;
      if (aboutExclusions(context)) return false;
      return (
        m[1]?.toLowerCase() === 'yet' ||
        PRONOUN.test(c.after) ||
        /^\s*(?:the|our|a|an|how|what|when|whether)\b/i.test(c.after)
      );
    },
  },
  // "we do not fully meet this", "we don't currently comply"
  {
    cue: NEGATION_CUE,
    re: new RegExp(`\\bwe\\s+(?:do|did)\\s*(?:not|n['’]t)\\s+(?:${ADVERB}\\s+)?(?:meet|comply)\\b`, 'i'),
    admits: (_m, c) => noForbidden(c),
  },
  // "will need to be changed", "needs to be updated"
  {
    cue: /need/i,
    re: /\b(?:will|would)\s+need\s+to\s+be\s+(?:changed|updated|amended|revised|reviewed|added|included|rewritten|strengthened)\b/i,
    admits: (_m, c) =>
      !RECURRING.test(c.after) &&
      !/^\s*(?:if|when|whenever|should|in the event|as and when|following|after|each time|every time|once)\b/i.test(
        c.after,
      ),
  },
  {
    cue: /need/i,
    re: /\bneeds?\s+to\s+be\s+(?:changed|updated|amended|revised|added|included|rewritten|strengthened|introduced|put in place)\b/i,
    admits: (_m, c) =>
      !RECURRING.test(c.after) &&
      !/^\s*(?:if|when|whenever|should|in the event|as and when|following|after|each time|every time|once)\b/i.test(
        c.after,
      ),
  },
  // "we do not yet", "we have not yet" (not "we have not yet had a complaint ...")
  {
    cue: /yet/i,
    re: /\bwe\s+(?:do|are|have|did)\s*(?:not|n['’]t)\s+yet\b/i,
    admits: (_m, c) => !NO_EVENT.test(c.after) && noForbidden(c),
  },
  // "not yet been implemented", "not yet in place"
  {
    cue: NOT_CUE,
    re: /\bnot\s+yet\s+(?:been\s+)?(?:implemented|in place|adopted|updated|published|introduced|started|done|completed|achieved|agreed|approved|trained|appointed|reviewed|delivered|rolled out|carried out|embedded)\b/i,
    admits: (_m, c) => noForbidden(c) && !eachCase(c),
  },
  // "no policy in place", "there is currently no formal procedure"
  {
    cue: /\bno\s/i,
    re: /\bno\s+(?:formal\s+|current\s+|written\s+|specific\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|system|mechanism|framework)\s+(?:is\s+|currently\s+)*(?:in place|exists)\b/i,
    admits: (_m, c) => !DENIAL_AFTER.test(c.after) && noForbidden(c),
  },
  {
    cue: /there/i,
    re: /\bthere\s+(?:is|are)\s+(?:currently\s+|presently\s+|still\s+)?no\s+(?:formal\s+|written\s+|specific\s+|dedicated\s+)?(?:policy|procedure|process|guidance|training|system|mechanism|framework)\b/i,
    admits: (_m, c) => !DENIAL_AFTER.test(c.after) && noForbidden(c),
  },
  // "the current policy is silent on escalation times", "the leaflet makes no mention of the Ombudsman"
  {
    cue: /silent|mention|reference|nothing/i,
    re: new RegExp(
      `\\b(?:${docSubject}|it|this|they)\\s+(?:is|are|remains?)\\s+(?:currently\\s+|still\\s+)?silent\\s+(?:on|about|regarding|as to)\\b|\\b${docSubject}\\s+(?:makes?\\s+no\\s+(?:mention|reference)\\s+(?:of|to)|says?\\s+nothing\\s+(?:about|on))\\b`,
      'i',
    ),
    admits: (_m, c) => noForbidden(c),
  },
  // "the policy only accepts complaints made within six months and does not mention discretion": the
  // document is the subject of both verbs (no condition or relative clause between, which would change it).
  {
    cue: NEGATION_CUE,
    re: new RegExp(
      `\\b${docSubject}\\b([^.;]{1,120}?)\\band\\s+does\\s*(?:not|n['’]t)\\s+(?:${ADVERB}\\s+)?(?:${DOCUMENT_VERBS})\\b`,
      'i',
    ),
    admits: (m, c) =>
      !/\b(?:where|if|when|whenever|unless|who|whom|whose|which|that)\b/i.test(m[1] ?? '') && noForbidden(c),
  },
  // "not already addressed": what a review is still to bring in ("not already resolved" is a case's)
  {
    cue: /already/i,
    re: /\bnot\s+already\s+(?:been\s+)?(?:addressed|covered|included|in place|met|reflected|incorporated|implemented)\b/i,
    admits: (_m, c) => noForbidden(c) && !eachCase(c),
  },
  // "reasonable adjustments are not recorded at present", "this is not published as yet": the adverb after
  {
    cue: NOT_CUE,
    re: /\b(?:is|are)\s+not\s+(?:stated|included|covered|recorded|published|monitored|reported|tracked|logged|captured|confirmed|explained|communicated|offered|provided|available|in place|implemented|adopted|defined|specified|mentioned|reflected|signposted|advertised|publicised|analysed|collected|reviewed|done|met)\b(?:\s+[\w'’-]+){0,4}?\s+(?:at present|at the moment|at this time|as yet)\b/i,
    // ("is not published at present in paper form because it is online" gives a reason it need not be)
    admits: (m, c, _context, sentence) =>
      noForbidden(c) &&
      !eachCase(c) &&
      !NO_EVENT_SUBJECT.test(c.before) &&
      !REASON_SUBJECT.test(c.before) &&
      !/\b(?:because|since|instead|as (?:it|this|they|these) (?:is|are))\b/i.test(
        sentence.slice(m.index + m[0].length),
      ),
  },
  // "there is no standard objective on complaint handling ... at present", "there is still no MRC": an
  // arrangement absent now. The noun comes before any preposition ("no complaints about the policy" is no
  // absence of a policy), and a "separate" or "further" one may fairly not exist.
  {
    cue: /there/i,
    re: /\bthere\s+(?:is|are)\s+(currently\s+|presently\s+|still\s+|as yet\s+)?no\s+(?:(?!(?:separate|other|additional|extra|different|further|longer|need|requirement|reason|demand|necessity|call|about|of|for|in|on|to|with|from|against|by|under|cases?|complaints?(?!\s+(?:handling|policy|procedure|process|register|log|officer|champion|team|training|leaflet|framework|strategy|system|templates?)\b))\b)[\w'’-]+\s+){0,3}?(?:policy|policies|procedure|procedures|process|guidance|training|system|mechanism|framework|objectives?|targets?|registers?|log|templates?|leaflet|strategy|protocol|champion|member responsible|mrc)\b/i,
    admits: (m, c) =>
      (m[1] !== undefined || NOT_NOW_AFTER.test(c.after)) && !DENIAL_AFTER.test(c.after) && noForbidden(c),
  },
  // "our policy still has a third stage", "our current procedure has a stage 0 'early resolution' step": a
  // stage the Code forbids, kept ("still", "current"); a third stage only where the Code allows two.
  {
    cue: /current|existing|still/i,
    re: new RegExp(
      `\\b(?:(?:current|existing)\\s+(?:[\\w-]+\\s+){0,2}?${docSubject}\\s+(?:still\\s+)?|${docSubject}\\s+(?:currently\\s+)?still\\s+)${HAS_VERBS}\\b`,
      'i',
    ),
    admits: (_m, c, context) => {
      const stage = NAMED_EXTRA_STAGE.exec(c.after);
      return stage !== null && (stage[1] === undefined || context?.maxStages === 2);
    },
  },
  // "escalation is refused if this is left blank": turning a resident away for leaving out a reason
  {
    cue: /refused|rejected|declined|not/i,
    re: /\b(?:escalations?|stage\s*(?:2|two)(?:\s+requests?)?|requests?\s+(?:to|for)\s+(?:escalat\w*|stage\s*(?:2|two)|a\s+review)|complaints?|it|they)\s+(?:is|are|will\s+be|may\s+be|can\s+be)\s+(?:refused|rejected|declined|not\s+accepted|not\s+escalated|not\s+progressed)\s+(?:if|where|when)\b[^.;]{0,80}?(?:\bleft\s+blank|\b(?:is|are)\s+blank|\bno\s+reasons?\b|\bwithout\s+(?:a\s+|any\s+)?reasons?\b|\breasons?\s+(?:is|are)\s+not\s+(?:given|provided|stated|explained))/i,
  },
  // "Slightly differently, but yes.": the answer hedged before anything else is said
  { cue: /different/i, re: /^\W*(?:slightly|somewhat|a\s+little|a\s+bit)\s+different(?:ly)?\b/i },
  // "partially compliant", "only partly in place", "complies in part", "Partially." (a Yes taken back)
  {
    cue: PART_CUE,
    re: /\b(?:partial(?:ly)?|partly)\s+(?:compliant|complies|complied|met|in place|implemented|covered|achieved|meets|adopted|addressed|reflected|followed|true)\b/i,
  },
  { cue: /partial/i, re: /\bpartial\s+compliance\b/i },
  {
    cue: PART_CUE,
    re: /\bcompl(?:y|ies|iant)\s+(?:only\s+)?(?:in\s+part|partially|partly)\b/i,
  },
  { cue: PART_CUE, re: /^\W*(?:only\s+)?(?:partial(?:ly)?|partly)\b\s*(?:[-–—:;,.]|$)/i },
];

/** The patterns whose cue the sentence has: the only ones that can match it. */
const cued = (sentence: string, patterns: readonly Pattern[]): Pattern[] =>
  patterns.filter((p) => p.cue.test(sentence));

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
  const candidates = cued(sentence, CONTRADICTIONS);
  if (candidates.length === 0 || passedOver(sentence, context)) return undefined;
  return admission(sentence, candidates, context);
}

// ---------------------------------------------------------------------------------------------------
// Future claims
// ---------------------------------------------------------------------------------------------------

/** When something will be: a month, a year, "next month", "shortly". Not a duration ("within 10 days"). */
const FUTURE_TIME = new RegExp(
  `\\b(?:(?:from|by|in|during|before|until|after|end of|start of|beginning of)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\b|(?:${MONTHS})\\s+20\\d\\d\\b|(?:from|by|in|during|before|until)\\s+(?:the\\s+)?(?:financial\\s+year\\s+)?20\\d\\d|20\\d\\d\\s*[/-]\\s*(?:20)?\\d\\d|q[1-4]\\b|next\\s+(?:week|month|year|quarter|financial\\s+year)|(?:later|early|earlier)\\s+(?:this|next)\\s+(?:year|month|quarter)|this\\s+(?:coming\\s+)?(?:spring|summer|autumn|winter|financial\\s+year)|in\\s+the\\s+(?:new|next|coming)\\s+(?:year|financial\\s+year|months?|weeks?|quarter)|in\\s+due\\s+course|shortly|soon)`,
  'i',
);
/** Arrangements a landlord puts in place: a future claim is about one of them. */
const ARRANGEMENT =
  /\b(?:policy|policies|procedure|procedures|process|processes|system|systems|training|website|web\s?page|portal|framework|strategy|leaflet|guidance|form|forms|module|register|log|tracker|workflows?|questionnaires?|surveys?|objectives?|champion|panel|role|post|officer|team|member responsible|mrc|self-assessment|action plan|charter|handbook|report|app|database|scheme|template|templates|letters?|arrangements?)\b/i;
/**
 * What happens in each case: "any remedy will be put in place", "reasonable adjustments will be put in place".
 * "Complaint" naming an arrangement ("an objective on complaint handling", "the complaints policy") is not.
 */
const GENERIC =
  /\b(?:any|all|each|every|remed(?:y|ies)|actions?|measures?|recommendations?|learning|lessons?|improvements?|adjustments?|outcomes?|compensation|apolog(?:y|ies)|responses?|decisions?|information|details|copies|support|help|assistance|payments?|offers?|awards?|extensions?|investigations?|complaints?(?!\s+(?:handling|policy|procedure|process|team|officer|system|leaflet|handbook|framework|strategy|performance|page|form|report|champion|log|register|training|module)\b)|cases?)\b/i;
/**
 * The head of a noun phrase, before its first preposition: "Timescales" of "Timescales for escalation of a
 * complaint". What is to be done is the head's, not what the phrase goes on to mention.
 */
const headOf = (phrase: string): string =>
  phrase.split(/\b(?:for|of|on|in|to|with|about|from|at|by|under|into|within|across|regarding)\b/i)[0] ?? phrase;
/**
 * "once" of a time still to come ("once the Board has been reconstituted"), not of frequency ("once a year"),
 * repetition ("once again") or "at once".
 */
const ONCE =
  /(?<!\bat\s)(?<!\bthan\s)\bonce\s+(?!(?:a|an|per|every|each)\s+(?:year|month|week|day|quarter|fortnight|time)\b|again\b|more\b|only\b|or\b)\w/i;
/**
 * "once the Board has been reconstituted": an event still to come. Not one in each case ("once the decision is
 * made", "once agreed"), which makes the "will" habitual.
 */
function onceLater(text: string): boolean {
  const m = ONCE.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index);
  return (
    !caseLevel(rest) &&
    !GENERIC.test(rest) &&
    !/\b(?:decisions?|agreed|agreement|requests?|received|made|complete|completed|closed|resolved|escalated|upheld|reported)\b/i.test(
      rest,
    )
  );
}
/** A condition on what is to be done: "to be updated if the Code changes" (not "when the policy is next reviewed"). */
const CONDITIONAL_AFTER =
  /^\s*(?:if|where|whenever|should|unless|in the event|as and when|each time|every time|following (?:a|each|any)|when(?![^.;]*\bnext\s+(?:review|reviewed|revised|updated|refreshed)\b))\b/i;
/** What is decided in each case: "compensation ... subject to approval", "a panel ... to review the complaint". */
const CASE_LEVEL =
  /\b(?:remed(?:y|ies)|compensation|payments?|offers?|awards?|extensions?|investigations?|responses?|appeals?)\b/i;
const EACH_CASE =
  /\b(?:the|each|a|this|every)\s+(?:[\w-]+\s+){0,2}?(?:complaint|case|resident|tenant|complainant|remedy|appeal|investigation|escalation)s?\b(?!\s+(?:policy|policies|procedures?|process|portal|system|form|leaflet|team|officer|report|framework|strategy|handbook|register|log|module|page|app|performance|handling|champion|data|statistics|figures|training|standards?|function|lead|manager)\b)/i;
const caseLevel = (text: string): boolean => CASE_LEVEL.test(text) || EACH_CASE.test(text);
/** The thing is in operation already: "was implemented in April 2024", "went live", "in place since". */
const IN_OPERATION =
  /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:implemented|introduced|launched|rolled out|put in place|adopted|in place|live|operational|embedded)\b|\b(?:went|has gone|have gone|has been|have been)\s+live\b|\bin\s+place\s+since\b|\b(?:came|has come|have come)\s+into\s+(?:force|effect)\b|\btook\s+effect\b/i;
/** A review cycle is not a claim: "the new policy will be reviewed in 2026". */
const REVIEW = /^\s*(?:be\s+)?(?:reviewed|monitored|kept under review|evaluated|audited|checked|refreshed)\b/i;

const STRONG =
  '(?:implemented|introduced|launched|in place|rolled out|adopted|put in place|developed|created|established|live|going live|operational|set up|embedded)';
const WEAK =
  '(?:published|available|delivered|amended|added|included|updated(?: to)?|recruited|appointed|revised|changed|rewritten|trained|provided|offered|documented)';
/** What is to be done to an arrangement: "letters to be updated", "to be incorporated when next reviewed". */
const CHANGE =
  '(?:introduced|implemented|incorporated|updated|amended|revised|rewritten|developed|launched|rolled out|put in place|adopted|added|created|established|set up|recruited|appointed|changed|strengthened|drafted)';
/** What a new or revised arrangement can be: "the new suggested TSM questions ... will ask". */
const FRESH_NOUN =
  '(?:policy|procedure|procedures|system|process|website|portal|form|guidance|framework|strategy|leaflet|handbook|template|templates|module|report|questions|questionnaire|survey|workflows?|register|log|letters?|scheme)';

export const FUTURE_CLAIMS: readonly Pattern[] = [
  // "is due to go live", "is scheduled to be implemented"
  {
    cue: /due|scheduled|planned|expected|set/i,
    re: /\b(?:is|are)\s+(?:due|scheduled|planned|expected|set)\s+to\s+(?:go live|launch|start|begin|commence|come into (?:force|effect)|take effect|go (?:to|before) (?:the\s+)?(?:board|cabinet|committee|council|executive|governing body)|be (?:introduced|implemented|launched|published|adopted|approved|rolled out|in place|put in place|completed|finalised|signed off|agreed|appointed|recruited|live|operational|presented to (?:the\s+)?(?:board|cabinet|committee|council)))\b/i,
    // ("the annual report is due to go to the Board each September" is a cycle)
    admits: (_m, c, _context, sentence) => !caseLevel(`${c.before} ${c.after}`) && !RECURRING.test(sentence),
  },
  // "to be introduced", "is yet to be implemented"
  {
    cue: TO_BE_CUE,
    re: /\b(?:is|are|yet|still)\s+to\s+be\s+(?:introduced|implemented|launched|adopted|published|rolled out|put in place|agreed|approved|updated|amended|finalised|signed off|developed|recruited|appointed|incorporated)\b/i,
    admits: (_m, c) => {
      const head = headOf(c.before);
      return !(GENERIC.test(head) && !ARRANGEMENT.test(head)) && !RECURRING.test(c.after) && !EACH_CASE.test(c.after);
    },
  },
  // A note with no verb of its own: "Extension letters to be updated to include the Ombudsman's contact details",
  // "To be introduced with the new housing management system", "Timescales ... to be incorporated when the
  // policy is next reviewed". A finite verb before ("we need residents to be ...", "it has to be") makes the
  // infinitive part of another statement, and the change verbs leave out standards ("notes are to be factual").
  {
    cue: TO_BE_CUE,
    re: new RegExp(`\\bto\\s+be\\s+${CHANGE}\\b`, 'i'),
    admits: (m, c, _context, sentence) => {
      const np = c.before.replace(/^\W*(?:yes|no)\b\W*/i, '');
      // "..., with any agreed actions to be implemented": a phrase hung on another clause, not a note of its own
      if (/^\s*(?:with|for|and|or|but|of|on|in|to|from|at|by|as|so|while|including|plus|then)\b/i.test(np))
        return false;
      if (
        /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|must|can|could|may|might|need|needs|needed|want|wants|wish|ask|asks|asked|allow|allows|allowed|require|requires|required|expect|expects|expected|due|going|able|likely|set|plan|plans|planned|intend|intends|aim|aims|hope|hopes|seem|seems|appear|appears|ensure|ensures|continue|continues|agree|agreed|wait|waiting|yet|still|how|what|which|who|whom|whether|we|they|you|i)\b/i.test(
          np,
        )
      )
        return false;
      const head = headOf(np);
      if (GENERIC.test(head) && !ARRANGEMENT.test(head)) return false;
      // (the rest of the sentence, not the clause: "as and when the Code changes" runs past its "and")
      const rest = sentence.slice(m.index + m[0].length);
      return !RECURRING.test(rest) && !EACH_CASE.test(rest) && !CONDITIONAL_AFTER.test(rest);
    },
  },
  // "more emphasis to be placed on continuous learning", "greater focus will be given to ...": a change of
  // practice announced, not made
  {
    cue: /emphasis|focus|attention|priority|weight/i,
    re: /\b(?:more|greater|further|increased|renewed|additional|stronger)\s+(?:emphasis|focus|attention|priority|weight)\s+(?:is\s+to|will|needs\s+to|to)\s+be\s+(?:placed|put|given)\b/i,
    admits: (_m, c) => !RECURRING.test(c.after),
  },
  // "will be reviewed in early 2021 ... to bring in any other elements of the Code": a change still to come,
  // made to bring in what the Code asks (not to keep up with "any new requirements" the Code may add)
  {
    cue: /code/i,
    re: /\bto\s+(?:bring\s+in|incorporate|introduce|include|add|address)\s+(?:the\s+|any\s+|all\s+)?(?:other\s+|remaining\s+|outstanding\s+|missing\s+|further\s+)?(?:elements?|requirements?|parts?|aspects?|provisions?)\s+of\s+the\s+(?:20\d\d\s+)?code\b/i,
    admits: (m, c, _context, sentence) => {
      const before = sentence.slice(0, m.index);
      return (
        /\b(?:will|shall|is to|are to|to be|is being|are being|plans?|planned|planning|intends?|intended|due)\b/i.test(
          before,
        ) &&
        !/\b(?:was|were|has been|have been|had been|did)\b/i.test(before) &&
        !RECURRING.test(sentence)
      );
    },
  },
  // "once the new workflow goes live", "once our revised policy is in place": what the sentence rests on is
  // still to come, whatever it says will then happen to each case
  {
    // (A form "approved" or "published" once may be a resident's; only a new or revised one is still to come.)
    cue: /once/i,
    re: /\bonce\s+(?:the|our|a)\s+(?:(new|revised|updated|replacement|draft)\s+)?(?:[\w&-]+\s+){0,3}?(?:policy|procedure|procedures|system|process|workflow|workflows|website|portal|form|guidance|framework|strategy|leaflet|template|templates|module|register|log|app|database|scheme|crm|structure|arrangements?)\s+(?:(goes live|go live|is (?:live|launched|implemented|introduced|rolled out|operational)|are (?:live|implemented|introduced)|has been (?:implemented|introduced|launched|rolled out)|comes? into (?:force|effect)|takes? effect)|is (?:in place|adopted|approved|published)|are (?:in place|adopted|approved|published)|has been (?:adopted|approved|published))\b/i,
    admits: (m) => m[1] !== undefined || m[2] !== undefined,
  },
  // "once approved", "once it has been adopted by the Board"
  {
    cue: /once/i,
    re: /\bonce\s+(?:it\s+is\s+|it\s+has\s+been\s+|this\s+is\s+|this\s+has\s+been\s+|they\s+are\s+|they\s+have\s+been\s+|the\s+[\w-]+\s+(?:is|has been)\s+)?(?:formally\s+|fully\s+)?(?:approved|adopted|signed off|ratified|published|implemented|launched|live|in place|finalised)\b/i,
    admits: (_m, _c, _context, sentence) => !caseLevel(sentence) && !RECURRING.test(sentence),
  },
  // "is being developed", "is currently being drafted"
  {
    cue: /being/i,
    re: /\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?being\s+(?:developed|drafted|written|introduced|implemented|procured|recruited|rolled out|put in place|set up|created|designed|updated|revised|amended|rewritten|finalised)\b/i,
    admits: (_m, c) =>
      !(GENERIC.test(c.before) && !ARRANGEMENT.test(c.before)) && !RECURRING.test(c.after) && !EACH_CASE.test(c.after),
  },
  // "awaiting approval", "subject to Board approval"
  {
    cue: /awaiting|pending|subject/i,
    re: /\b(?:awaiting|pending)\s+(?:formal\s+|final\s+|board\s+|committee\s+|cabinet\s+|executive\s+|governing body\s+)?(?:approval|sign[-\s]?off|adoption|ratification)\b|\bsubject\s+to\s+(?:formal\s+|final\s+|board\s+|committee\s+|cabinet\s+|executive\s+|governing body\s+)(?:approval|sign[-\s]?off|adoption|ratification)\b/i,
    admits: (_m, c) => !caseLevel(c.before),
  },
  {
    cue: /draft/i,
    re: /\b(?:is|are|remains?)\s+(?:currently\s+|still\s+)?in\s+draft\b/i,
    admits: (_m, c) => !caseLevel(c.before),
  },
  // "the new policy will contain", "our revised complaints and compensation policy is expected to"
  {
    // (An aside may come between: "the revised policy, due to be published in May, will", "the new suggested
    // TSM questions (from next year onwards) will".)
    cue: /new|revised|updated|refreshed|draft|replacement/i,
    re: new RegExp(
      `\\b(?:the|our|a)\\s+(?:new|revised|updated|refreshed|draft|replacement)\\s+(?:[\\w&-]+\\s+){0,3}?${FRESH_NOUN}(?:\\s*\\([^()]{1,80}\\)|\\s*,[^,.;()]{1,80},)?\\s+(?:will|is going to|is expected to|is due to|is intended to|are going to|are expected to|are due to)\\b`,
      'i',
    ),
    admits: (m, c) => {
      // "the new policy, which was published in May, will help": the aside puts it in place already
      const aside = /[(,]([^()]*)[),]/.exec(m[0])?.[1] ?? '';
      if (
        /\b(?:was|were|has been|have been|had been|since|already)\b/i.test(aside) ||
        (/\b(?:adopted|approved|published|implemented|introduced|launched|agreed|signed off)\b/i.test(aside) &&
          !/\b(?:due|expected|scheduled|planned|to be|will|awaiting|pending|for)\b/i.test(aside))
      )
        return false;
      return !REVIEW.test(c.after) && !RECURRING.test(c.after);
    },
  },
  // "will be implemented from April", "it will be in place by March", "a new MRC will be appointed"
  {
    cue: /will/i,
    re: new RegExp(
      `\\bwill\\s+(?:shortly\\s+|soon\\s+|now\\s+|also\\s+|then\\s+)?be\\s+(?:(${STRONG})|(${WEAK}))\\b`,
      'i',
    ),
    admits: (m, c) => {
      const subject = c.before;
      // "once the Board has been reconstituted": after an event still to come
      const when = FUTURE_TIME.test(`${c.before} ${m[0]} ${c.after}`) || onceLater(c.after);
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
    cue: /\bwe\s/i,
    re: /\bwe\s+(?:will|shall|intend to|plan to|are planning to|aim to|are going to|propose to|expect to|hope to)\s+(?:(introduce|implement|launch|develop|create|put in place|adopt|roll out|establish|set up)|(publish|appoint|recruit|update|amend|revise))\b/i,
    admits: (m, c) => {
      if (GENERIC.test(c.after) && !ARRANGEMENT.test(c.after)) return false;
      if (RECURRING.test(c.after) || EACH_CASE.test(c.after)) return false;
      const when = FUTURE_TIME.test(c.after);
      const fresh = /\b(?:new|revised|updated|refreshed|replacement)\b/i.test(c.after);
      // "we plan to publish": a plan is no habit, whatever it is to do ("we will publish" may be one)
      const plan = /^we\s+(?:intend|plan|are planning|are going|propose)\b/i.test(m[0]);
      return m[1] !== undefined ? true : when || fresh || plan;
    },
  },
];

/** The phrase by which a sentence rests a "Yes" on something not yet in place. */
export function futureClaim(sentence: string, context?: ClaimContext): Admission | undefined {
  const candidates = cued(sentence, FUTURE_CLAIMS);
  if (candidates.length === 0 || passedOver(sentence, context) || IN_OPERATION.test(sentence)) return undefined;
  return admission(sentence, candidates, context);
}
