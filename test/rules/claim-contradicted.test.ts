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
]);
