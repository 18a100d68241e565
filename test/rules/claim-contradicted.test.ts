import { ruleTable } from '../helpers/rule-table.js';
import { assessment, type RowSpec } from '../helpers/assessment.js';
import { claimContradicted } from '../../src/rules/claim-contradicted.js';
import type { CodeVersion } from '../../src/catalogue/types.js';

/** A clean form but for one row answered Yes with the given words. */
const yes = (
  id: string,
  words: { evidence?: string; commentary?: string; comply?: string },
  code: CodeVersion = '2024',
): (() => ReturnType<typeof assessment>) => {
  const row: RowSpec = { id, comply: words.comply ?? 'Yes', evidence: words.evidence ?? 'Complaints Policy s.4' };
  if (words.commentary !== undefined) row.commentary = words.commentary;
  return () => assessment(code, [row]);
};

ruleTable(claimContradicted, [
  // --- fires: the landlord's own words take the Yes back ---
  {
    name: 'the policy does not currently state (commentary)',
    assessment: yes('1.3', {
      commentary: 'The policy does not currently state that complaints can be made by a third party.',
    }),
    expect: [
      {
        provision: '1.3',
        message:
          /^provision 1\.3 is answered Yes but its commentary says it is not met \("policy does not currently state"\): "The policy does not currently state that complaints can be made by a third party\."$/,
      },
    ],
  },
  {
    name: 'not currently stated (evidence, a note)',
    assessment: yes('3.5', { evidence: 'Not currently stated in the policy.' }),
    expect: [{ provision: '3.5', message: /3\.5 is answered Yes but its evidence says .*\("Not currently stated"\)/ }],
  },
  {
    name: 'the policy will need to be changed',
    assessment: yes('3.7', {
      commentary: "The policy will need to be changed to include the Ombudsman's contact details.",
    }),
    expect: [
      { provision: '3.7', message: /3\.7 .*\("will need to be changed"\): "The policy will need to be changed/ },
    ],
  },
  {
    name: 'we do not yet',
    assessment: yes('8.2', {
      commentary: "We do not yet publish the governing body's response alongside the annual report.",
    }),
    expect: [{ provision: '8.2', message: /8\.2 .*\("We do not yet"\): "We do not yet publish/ }],
  },
  {
    name: 'no policy in place',
    assessment: yes('5.14', {
      evidence: 'Tenancy agreement',
      commentary: 'No policy in place for unacceptable behaviour; staff use their judgement.',
    }),
    expect: [{ provision: '5.14', message: /5\.14 .*\("No policy in place"\)/ }],
  },
  {
    name: 'there is currently no formal procedure',
    assessment: yes('6.1', {
      commentary: 'There is currently no formal procedure for triaging complaints at receipt.',
    }),
    expect: [{ provision: '6.1', message: /6\.1 .*\("There is currently no formal procedure"\)/ }],
  },
  {
    name: 'partially compliant in the Comply cell after the Yes',
    assessment: yes('6.9', { comply: 'Yes, partially compliant', evidence: 'Stage 1 letter template' }),
    expect: [{ provision: '6.9', message: /6\.9 is answered Yes but its answer says .*\("partially compliant"\)/ }],
  },
  {
    name: 'Partially. at the start of the commentary',
    assessment: yes('4.3', {
      commentary: 'Partially. Frontline staff have had training; the repairs team has not.',
    }),
    expect: [{ provision: '4.3', message: /4\.3 .*\("Partially\."\)/ }],
  },
  {
    name: 'only partly in place',
    assessment: yes('9.4', {
      commentary: 'Only partly in place: the lead person reviews trends but does not report them.',
    }),
    expect: [{ provision: '9.4', message: /9\.4 .*\("partly in place"\): "Only partly in place/ }],
  },
  {
    name: 'complies in part',
    assessment: yes('5.12', { commentary: 'Complies in part, as call recordings are not kept with the file.' }),
    expect: [{ provision: '5.12', message: /5\.12 .*\("Complies in part"\)/ }],
  },
  {
    name: "the procedure doesn't mention (a document verb, noun object)",
    assessment: yes('6.19', {
      commentary: "Our stage 2 procedure doesn't mention the Ombudsman's contact details.",
    }),
    expect: [{ provision: '6.19', message: /6\.19 .*\("procedure doesn't mention"\)/ }],
  },
  {
    name: 'this is not covered in the policy (the requirement as subject)',
    assessment: yes('5.7', { commentary: 'This is not covered in the policy but officers do it in practice.' }),
    expect: [{ provision: '5.7', message: /5\.7 .*\("is not covered"\)/ }],
  },
  {
    name: 'has not yet been published',
    assessment: yes('8.1', { commentary: 'The annual complaints report has not yet been published.' }),
    expect: [{ provision: '8.1', message: /8\.1 .*\("has not yet been published"\)/ }],
  },
  {
    name: 'we have not yet appointed',
    assessment: yes('9.5', { commentary: 'We have not yet appointed a Member Responsible for Complaints.' }),
    expect: [{ provision: '9.5', message: /9\.5 .*\("not yet appointed"\): "We have not yet appointed/ }],
  },
  {
    name: 'the policy does not fully meet this requirement',
    assessment: yes('2.2', {
      commentary: 'The policy does not fully meet this requirement as the exclusions are not listed.',
    }),
    expect: [{ provision: '2.2', message: /2\.2 .*\("policy does not fully meet"\)/ }],
  },
  {
    name: '2022 combined column: the policy needs to be updated',
    assessment: yes('4.13', { evidence: 'The policy needs to be updated to state the escalation timescale.' }, '2022'),
    expect: [{ provision: '4.13', message: /4\.13 .*its evidence .*\("needs to be updated"\)/ }],
  },
  {
    name: 'the website does not currently explain',
    assessment: yes('3.4', { commentary: 'The website does not currently explain the two stage process.' }),
    expect: [{ provision: '3.4', message: /3\.4 .*\("website does not currently explain"\)/ }],
  },
  {
    name: 'the second sentence takes it back, the first is quoted in the message',
    assessment: yes('6.5', {
      commentary: 'Extension letters are sent from the case system. They are not yet updated to include the Ombudsman.',
    }),
    expect: [{ provision: '6.5', message: /6\.5 .*\("are not yet updated"\): "They are not yet updated/ }],
  },

  {
    name: 'the current policy is silent on',
    assessment: yes('6.11', { commentary: 'The current policy is silent on escalation timescales.' }),
    expect: [{ provision: '6.11', message: /6\.11 .*\("policy is silent on"\)/ }],
  },
  {
    name: 'the leaflet makes no mention of',
    assessment: yes('3.5', { commentary: 'Our complaints leaflet makes no mention of the Ombudsman.' }),
    expect: [{ provision: '3.5', message: /3\.5 .*\("leaflet makes no mention of"\)/ }],
  },
  {
    name: 'the document the subject of both verbs: ... and does not mention discretion',
    assessment: yes('2.3', {
      commentary:
        'The policy only accepts complaints made within six months of the issue and does not mention discretion.',
    }),
    expect: [{ provision: '2.3', message: /2\.3 .*\("policy only accepts .* and does not mention"\)/ }],
  },
  {
    name: 'what a review is to bring in: elements of the Code not already addressed',
    assessment: yes('8.1', {
      commentary: 'The policy will be reviewed in 2025 to bring in any elements of the Code not already addressed.',
    }),
    expect: [{ provision: '8.1', message: /8\.1 .*\("not already addressed"\)/ }],
  },
  {
    name: 'the adverb after: not recorded at present',
    assessment: yes('5.10', {
      commentary: 'Reasonable adjustments are not recorded at present, but a register is planned.',
    }),
    expect: [{ provision: '5.10', message: /5\.10 .*\("are not recorded at present"\)/ }],
  },
  {
    name: 'not currently confirmed to the resident',
    assessment: yes('6.4', {
      commentary: 'Extensions are agreed by phone and the reasons are not currently confirmed to the resident.',
    }),
    expect: [{ provision: '6.4', message: /6\.4 .*\("not currently confirmed"\)/ }],
  },
  {
    name: 'there is no ... at present (an arrangement absent now)',
    assessment: yes('9.8', {
      commentary: 'There is no standard objective on complaint handling in staff appraisals at present.',
    }),
    expect: [{ provision: '9.8', message: /9\.8 .*\("There is no standard objective"\)/ }],
  },
  {
    name: 'there is still no MRC',
    assessment: yes('9.5', { commentary: 'There is still no Member Responsible for Complaints on the Board.' }),
    expect: [{ provision: '9.5', message: /9\.5 .*\("There is still no Member Responsible"\)/ }],
  },
  {
    name: 'a third stage kept, in a 2024 form: our policy still has a third stage',
    assessment: yes('5.3', {
      commentary: 'Our policy still has a third stage, a review by the Housing Appeals Panel, after stage 2.',
    }),
    expect: [{ provision: '5.3', message: /5\.3 .*\("policy still has"\)/ }],
  },
  {
    name: "the current procedure has a stage 0 'early resolution' step",
    assessment: yes('5.2', { commentary: "Our current procedure has a stage 0 'early resolution' step." }),
    expect: [{ provision: '5.2', message: /5\.2 .*\("current procedure has"\)/ }],
  },
  {
    name: 'escalation refused if the reason is left blank',
    assessment: yes('6.12', {
      commentary: 'The stage 2 form asks why the resident is unhappy, and escalation is refused if this is left blank.',
    }),
    expect: [{ provision: '6.12', message: /6\.12 .*\("escalation is refused if this is left blank"\)/ }],
  },
  {
    name: '2020 form: the answer hedged, slightly differently, but yes',
    assessment: yes('Q1.1', { evidence: '', commentary: 'Slightly differently, but yes.' }, '2020'),
    expect: [{ provision: 'Q1.1', message: /Q1\.1 .*\("Slightly differently"\)/ }],
  },
  {
    name: 'the policy does not cover complaints received through a channel',
    assessment: yes(
      '2.2',
      { evidence: 'The current policy does not cover complaints received through Facebook or Twitter.' },
      '2022',
    ),
    expect: [{ provision: '2.2', message: /2\.2 .*\("policy does not cover"\)/ }],
  },
  {
    name: 'the policy does not cover complaints handled by contractors',
    assessment: yes('5.5', {
      commentary: 'The policy does not cover complaints handled by our repairs and maintenance contractors.',
    }),
    expect: [{ provision: '5.5', message: /5\.5 .*\("policy does not cover"\)/ }],
  },
  {
    name: 'a pronoun for the policy: although it does not yet cover',
    assessment: yes('6.15', {
      evidence: 'Complaints Policy section 6, although it does not yet cover extensions at stage two.',
    }),
    expect: [{ provision: '6.15', message: /6\.15 is answered Yes but its evidence .*\("it does not yet cover"\)/ }],
  },
  {
    name: 'a practice its own provision forbids: acknowledged within ten working days at 6.2',
    assessment: yes('6.2', {
      commentary: 'Stage 1 complaints are currently acknowledged within ten working days of receipt.',
    }),
    expect: [
      {
        provision: '6.2',
        message:
          /^provision 6\.2 is answered Yes but its commentary states a stage 1 acknowledgement window of ten working days, longer than the Code's 5 working days: "Stage 1 complaints/,
      },
    ],
  },
  {
    name: 'a practice its own provision forbids: stage 2 responses due within 30 working days at 6.14',
    assessment: yes('6.14', {
      commentary:
        'Stage 2 responses are due within 30 working days of the escalation request, as the panel meets monthly.',
    }),
    expect: [{ provision: '6.14', message: /6\.14 .*states a stage 2 response window of 30 working days/ }],
  },
  {
    name: 'a practice its own provision forbids: a named extra stage at 5.2',
    assessment: yes('5.2', { commentary: 'Complaints go through our informal resolution process first.' }),
    expect: [{ provision: '5.2', message: /5\.2 .*states an extra stage "informal resolution process"/ }],
  },

  // --- does not fire ---
  { name: 'a clean form', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'a negation of a negation: we do not refuse complaints',
    assessment: yes('2.1', { commentary: 'We do not refuse complaints unless one of the exclusions in s.5 applies.' }),
    expect: [],
  },
  {
    name: 'a condition: where the policy does not cover a case',
    assessment: yes('5.1', {
      commentary: 'Where the policy does not cover a case, the officer will refer it to the Head of Service.',
    }),
    expect: [],
  },
  {
    name: 'a condition after a comma: if it is not yet in place',
    assessment: yes('7.3', {
      commentary: 'Each remedy has a date, and if it is not yet in place by then the resident is told why.',
    }),
    expect: [],
  },
  {
    name: "quoting the Code: 'the landlord must not'",
    assessment: yes('6.12', {
      commentary:
        'As the Code says, the landlord must not ask residents why they want stage 2, and this is not included in our escalation form.',
    }),
    expect: [],
  },
  {
    name: 'what is outstanding in a case: actions not yet completed are tracked',
    assessment: yes('7.3', {
      commentary: 'Outstanding actions not yet completed are tracked by the complaints team until closed.',
    }),
    expect: [],
  },
  {
    name: "the requirement's own words copied into the commentary",
    assessment: yes('1.6', {
      commentary: 'An expression of dissatisfaction with services made through a survey is not defined as a complaint.',
    }),
    expect: [],
  },
  {
    name: 'denying something the Code forbids: a third stage is not in place',
    assessment: yes('5.3', { commentary: 'A third stage is not in place; we have a two stage process.' }),
    expect: [],
  },
  {
    name: 'denying a burden on residents: the policy does not say complaints must be in writing',
    assessment: yes('3.1', {
      commentary: 'Our policy does not state that complaints must be made in writing.',
    }),
    expect: [],
  },
  {
    name: 'our process does not include an informal stage',
    assessment: yes('5.2', { commentary: 'Our process does not include an informal stage or a stage 0.' }),
    expect: [],
  },
  {
    name: 'no policy in place that restricts',
    assessment: yes('3.2', {
      commentary: 'There is no policy in place that restricts which member of staff can take a complaint.',
    }),
    expect: [],
  },
  {
    name: 'an event that has not arisen: we have not yet had a complaint escalated',
    assessment: yes('6.11', {
      commentary: 'We have not yet had a complaint escalated to stage 2 this year; the process is in the policy.',
    }),
    expect: [],
  },
  {
    name: 'an exclusion described: the policy does not cover insurance claims',
    assessment: yes('2.2', {
      commentary: 'The policy does not cover insurance claims, which are handled by our insurer.',
    }),
    expect: [],
  },
  {
    name: 'an exclusion explained: as it is not covered by this policy',
    assessment: yes('2.4', {
      commentary: 'Anti-social behaviour goes to the ASB team as it is not covered by this policy.',
    }),
    expect: [],
  },
  {
    name: 'a complaint only partly upheld is no partial compliance',
    assessment: yes('7.1', {
      commentary: 'Complaints that are only partly upheld still receive an apology and a remedy.',
    }),
    expect: [],
  },
  {
    name: 'a review cycle: will need to be reviewed annually',
    assessment: yes('8.1', { commentary: 'The self-assessment will need to be reviewed annually by the board.' }),
    expect: [],
  },
  {
    name: 'a change that depends on the Code: will need to be updated if the Code changes',
    assessment: yes('3.5', { commentary: 'The policy will need to be updated if the Code changes again.' }),
    expect: [],
  },
  {
    name: 'past tense, done: the policy was updated in April 2024 and now states this',
    assessment: yes('1.4', {
      commentary: 'The policy was updated in April 2024 and now states the difference between the two.',
    }),
    expect: [],
  },
  {
    name: 'a No is not a contradicted Yes',
    assessment: () =>
      assessment('2024', [{ id: '8.2', comply: 'No', commentary: 'We do not yet publish the response.' }]),
    expect: [],
  },
  {
    name: 'the 2020 form: a question whose Yes describes what the policy leaves out',
    assessment: yes('Q1.2', { evidence: '', commentary: 'The policy does not cover anti-social behaviour.' }, '2020'),
    expect: [],
  },
  {
    name: 'silent on something the Code forbids: the policy is silent on fees',
    assessment: yes('3.1', { commentary: 'The policy is silent on fees, as none are ever charged.' }),
    expect: [],
  },
  {
    name: 'a condition: where the policy is silent on a matter',
    assessment: yes('5.1', { commentary: 'Where the policy is silent on a matter, the Head of Housing decides.' }),
    expect: [],
  },
  {
    name: 'both verbs, the second denying a forbidden stage: ... and does not mention an informal stage',
    assessment: yes('5.2', { commentary: 'The policy sets out two stages and does not mention an informal stage.' }),
    expect: [],
  },
  {
    name: 'a relative clause changes the subject: residents who complain and do not mention',
    assessment: yes('3.1', {
      commentary: 'The policy applies to any resident who complains and does not mention their tenure.',
    }),
    expect: [],
  },
  {
    name: "a case's: complaints not already resolved at stage 1",
    assessment: yes('6.10', { commentary: 'Complaints not already resolved at stage 1 are escalated on request.' }),
    expect: [],
  },
  {
    name: 'a reason it need not be: not published at present in paper form because it is online',
    assessment: yes('3.4', {
      commentary: 'The policy is not published at present in paper form because it is on our website.',
    }),
    expect: [],
  },
  {
    name: 'a condition: if the reasons are not currently confirmed',
    assessment: yes('6.4', {
      commentary: 'If the reasons are not currently confirmed in writing, the officer sends a letter that day.',
    }),
    expect: [],
  },
  {
    name: 'no complaints about the policy is no absence of a policy',
    assessment: yes('9.1', { commentary: 'There are currently no complaints about the policy.' }),
    expect: [],
  },
  {
    name: 'no separate policy at present, as the main policy covers it',
    assessment: yes('6.10', {
      commentary: 'There is no separate policy for stage 2 at present, as the main policy covers both stages.',
    }),
    expect: [],
  },
  {
    name: 'a denial at present: no policy at present that restricts',
    assessment: yes('3.2', { commentary: 'There is no policy at present that restricts who can take a complaint.' }),
    expect: [],
  },
  {
    name: 'a third stage in a 2022 form (allowed with reasons): our policy still has a third stage',
    assessment: yes(
      '5.17',
      { evidence: 'Our policy still has a third stage, a review by councillors; the reasons are set out below.' },
      '2022',
    ),
    expect: [],
  },
  {
    name: 'a negation: our current policy has no stage 0',
    assessment: yes('5.2', { commentary: 'Our current policy has no stage 0 and no informal step.' }),
    expect: [],
  },
  {
    name: 'a negation of the refusal: escalation is not refused if the reason is left blank',
    assessment: yes('6.12', { commentary: 'Escalation is not refused if the reason box is left blank.' }),
    expect: [],
  },
  {
    name: 'slightly more is no hedge',
    assessment: yes('9.1', { commentary: 'Slightly more complaints were resolved at stage 1 this year.' }),
    expect: [],
  },
  {
    name: 'a fair exclusion, not a channel: complaints made over twelve months after the issue',
    assessment: yes('5.1', {
      commentary: 'The policy does not cover complaints made over twelve months after the issue.',
    }),
    expect: [],
  },
  {
    name: 'a pronoun, currently, and an exclusion: it does not currently cover insurance claims',
    assessment: yes('5.1', { commentary: 'It does not currently cover insurance claims, which go to our insurer.' }),
    expect: [],
  },
  {
    name: 'a window shorter than the Code allows is no breach',
    assessment: yes('6.2', { commentary: 'We acknowledge stage 1 complaints within three working days.' }),
    expect: [],
  },
  {
    name: "a window the row's own provision does not set (timescale-breach reports it, not this rule)",
    assessment: yes('3.1', { commentary: 'We respond to stage 2 complaints within 25 working days.' }),
    expect: [],
  },
  {
    name: 'calendar days that may be within the Code: 10 days at 6.3',
    assessment: yes('6.3', {
      evidence: 'We resolve most complaints within 10 days unless an extension has been agreed',
    }),
    expect: [],
  },
]);
