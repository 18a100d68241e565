import { ruleTable } from '../helpers/rule-table.js';
import { assessment, type RowSpec } from '../helpers/assessment.js';
import { futureClaim } from '../../src/rules/future-claim.js';
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

ruleTable(futureClaim, [
  // --- fires: a Yes resting on what is not yet in place ---
  {
    name: 'the new policy will contain ... from April',
    assessment: yes('3.4', {
      commentary: 'The new policy will contain our accessibility commitments and will be implemented from April.',
    }),
    expect: [
      {
        provision: '3.4',
        message:
          /^provision 3\.4 is answered Yes on something not yet in place \(its commentary: "The new policy will"\): "The new policy will contain our accessibility commitments/,
      },
    ],
  },
  {
    name: 'it will be implemented from April 2025',
    assessment: yes('5.1', { commentary: 'A single policy has been drafted. It will be implemented from April 2025.' }),
    expect: [
      { provision: '5.1', message: /5\.1 .*"will be implemented"\): "It will be implemented from April 2025\."/ },
    ],
  },
  {
    name: 'is due to go live',
    assessment: yes('3.1', { commentary: 'The new online complaints form is due to go live in June.' }),
    expect: [{ provision: '3.1', message: /3\.1 .*"is due to go live"\)/ }],
  },
  {
    name: 'is to be appointed',
    assessment: yes('9.5', { commentary: 'A Member Responsible for Complaints is to be appointed.' }),
    expect: [{ provision: '9.5', message: /9\.5 .*"is to be appointed"\)/ }],
  },
  {
    name: 'once approved',
    assessment: yes('3.5', {
      commentary: 'Once approved, the policy will be published on our website with the Ombudsman details.',
    }),
    expect: [{ provision: '3.5', message: /3\.5 .*"Once approved"\)/ }],
  },
  {
    name: 'awaiting Board approval (in the evidence)',
    assessment: yes('2.2', { evidence: 'Draft Complaints Policy v0.3, awaiting Board approval' }),
    expect: [{ provision: '2.2', message: /2\.2 .*\(its evidence: "awaiting Board approval"\)/ }],
  },
  {
    name: 'is currently being procured',
    assessment: yes('5.12', { commentary: 'A new case management system is currently being procured.' }),
    expect: [{ provision: '5.12', message: /5\.12 .*"is currently being procured"\)/ }],
  },
  {
    name: 'we will introduce ... later this year',
    assessment: yes('3.1', { commentary: 'We will introduce a complaints portal on the website later this year.' }),
    expect: [{ provision: '3.1', message: /3\.1 .*"We will introduce"\)/ }],
  },
  {
    name: 'we plan to implement',
    assessment: yes('9.1', { commentary: 'We plan to implement a quality assurance framework for responses.' }),
    expect: [{ provision: '9.1', message: /9\.1 .*"We plan to implement"\)/ }],
  },
  {
    name: 'currently in draft',
    assessment: yes('5.14', {
      commentary: 'The unacceptable behaviour policy is currently in draft and goes to the Board in May.',
    }),
    expect: [{ provision: '5.14', message: /5\.14 .*"is currently in draft"\)/ }],
  },
  {
    name: 'training will be rolled out in the new year',
    assessment: yes('4.3', { commentary: 'Code training for all staff will be rolled out in the new year.' }),
    expect: [{ provision: '4.3', message: /4\.3 .*"will be rolled out"\)/ }],
  },
  {
    name: 'a weak verb with a date: will be published in October 2025',
    assessment: yes('8.2', {
      commentary: 'The annual report and the Board response will be published in October 2025.',
    }),
    expect: [{ provision: '8.2', message: /8\.2 .*"will be published"\)/ }],
  },
  {
    name: 'will be recruited in Q3',
    assessment: yes('4.1', { commentary: 'A dedicated complaints officer will be recruited in Q3.' }),
    expect: [{ provision: '4.1', message: /4\.1 .*"will be recruited"\)/ }],
  },
  {
    name: 'yet to be updated',
    assessment: yes('6.5', { commentary: 'The extension letter template is yet to be updated for the 2024 Code.' }),
    expect: [{ provision: '6.5', message: /6\.5 .*"yet to be updated"\)/ }],
  },
  {
    name: 'the answer cell: Yes - to be introduced',
    assessment: yes('5.10', { comply: 'Yes - a reasonable adjustments register is to be introduced' }),
    expect: [{ provision: '5.10', message: /5\.10 .*\(its answer: "is to be introduced"\)/ }],
  },
  {
    name: '2022 combined column: the revised policy is expected to be approved in March',
    assessment: yes(
      '4.18',
      { evidence: 'Our revised unacceptable behaviour policy is expected to be approved in March.' },
      '2022',
    ),
    expect: [
      {
        provision: '4.18',
        message: /4\.18 .*its evidence: "is expected to be approved"\): "Our revised unacceptable behaviour policy/,
      },
    ],
  },

  {
    name: 'an aside between: the revised policy, due to be published in May, will',
    assessment: yes('3.2', {
      commentary:
        'The revised policy, due to be published in May, will allow residents to complain to any member of staff.',
    }),
    expect: [{ provision: '3.2', message: /3\.2 .*"The revised policy, due to be published in May, will"\)/ }],
  },
  {
    name: 'an aside in brackets: the new survey questions (from next year) will ask',
    assessment: yes(
      '1.5',
      {
        evidence:
          'The new suggested TSM questions (from next year onwards) will ask whether customers know how to complain.',
      },
      '2022',
    ),
    expect: [
      { provision: '1.5', message: /1\.5 .*"The new suggested TSM questions \(from next year onwards\) will"\)/ },
    ],
  },
  {
    name: 'will be documented under the revised procedures (a bracket closed before it is no clause break)',
    assessment: yes(
      '4.15',
      {
        evidence: 'Under the revised QLx (housing management system) procedures and workflows this will be documented.',
      },
      '2022',
    ),
    expect: [{ provision: '4.15', message: /4\.15 .*"will be documented"\)/ }],
  },
  {
    name: 'will be appointed once the Board has been reconstituted',
    assessment: yes(
      '7.3',
      {
        evidence: 'Board minutes',
        commentary: 'A Board member will be appointed as Complaints Champion once the Board has been reconstituted.',
      },
      '2022',
    ),
    expect: [{ provision: '7.3', message: /7\.3 .*"will be appointed"\)/ }],
  },
  {
    name: 'once the new workflow goes live',
    assessment: yes('6.11', {
      commentary: 'Stage 2 requests will be acknowledged within five working days once the new workflow goes live.',
    }),
    expect: [{ provision: '6.11', message: /6\.11 .*"once the new workflow goes live"\)/ }],
  },
  {
    name: 'a note with no verb of its own: letters to be updated',
    assessment: yes('6.5', {
      commentary: "Extension letters to be updated to include the Ombudsman's contact details.",
    }),
    expect: [{ provision: '6.5', message: /6\.5 .*"to be updated"\): "Extension letters to be updated/ }],
  },
  {
    name: 'a note: To be introduced with the new housing management system',
    assessment: yes('4.15', { evidence: 'To be introduced with the new housing management system.' }, '2022'),
    expect: [{ provision: '4.15', message: /4\.15 .*"To be introduced"\)/ }],
  },
  {
    name: 'a note: to be incorporated when the policy is next reviewed',
    assessment: yes('6.11', {
      commentary:
        'Timescales for escalation of a complaint to be incorporated when the Complaints Policy is next reviewed.',
    }),
    expect: [{ provision: '6.11', message: /6\.11 .*"to be incorporated"\)/ }],
  },
  {
    name: 'more emphasis to be placed',
    assessment: yes('9.1', {
      commentary: 'More emphasis to be placed on continuous learning and on sharing lessons learned.',
    }),
    expect: [{ provision: '9.1', message: /9\.1 .*"More emphasis to be placed"\)/ }],
  },
  {
    name: 'a review to bring in the remaining elements of the Code',
    assessment: yes('8.1', {
      commentary: 'The policy will be reviewed in early 2025 to bring in the remaining elements of the Code.',
    }),
    expect: [{ provision: '8.1', message: /8\.1 .*"to bring in the remaining elements of the Code"\)/ }],
  },
  {
    name: 'is due to go to the Board',
    assessment: yes('2.2', { commentary: 'The revised exclusions policy is due to go to the Board in March.' }),
    expect: [{ provision: '2.2', message: /2\.2 .*"is due to go to the Board"\)/ }],
  },
  {
    name: 'we plan to publish (a plan, whatever the date)',
    assessment: yes('8.2', { commentary: "We plan to publish the Board's response alongside the annual report." }),
    expect: [{ provision: '8.2', message: /8\.2 .*"We plan to publish"\)/ }],
  },
  {
    name: 'is to be introduced: an objective on complaint handling is an arrangement, not a complaint',
    assessment: yes('9.8', {
      commentary: "A standard objective on complaint handling is to be introduced in this year's appraisal round.",
    }),
    expect: [{ provision: '9.8', message: /9\.8 .*"is to be introduced"\)/ }],
  },
  {
    name: 'a log will be introduced',
    assessment: yes('1.4', {
      commentary: 'A service request log will be introduced so that requests can be recorded, monitored and reviewed.',
    }),
    expect: [{ provision: '1.4', message: /1\.4 .*"will be introduced"\)/ }],
  },

  // --- does not fire ---
  { name: 'a clean form', assessment: () => assessment('2024'), expect: [] },
  {
    name: 'past tense: was implemented in April 2024',
    assessment: yes('5.1', { commentary: 'The single complaints policy was implemented in April 2024.' }),
    expect: [],
  },
  {
    name: 'past tense with a past date: went live and will be reviewed',
    assessment: yes('3.1', {
      commentary: 'The online form went live in January 2024 and the new portal will be reviewed in 2025.',
    }),
    expect: [],
  },
  {
    name: 'in place since, reviewed annually',
    assessment: yes('8.1', {
      commentary: 'The new policy has been in place since April 2024 and will be reviewed annually.',
    }),
    expect: [],
  },
  {
    name: 'a review of a policy in place is not a future claim',
    assessment: yes('3.4', { commentary: 'Our new policy was adopted in 2024; it will be reviewed in 2026.' }),
    expect: [],
  },
  {
    name: 'the process in the future tense: will be acknowledged within five working days',
    assessment: yes('6.2', {
      commentary: 'Complaints will be acknowledged, defined and logged within five working days.',
    }),
    expect: [],
  },
  {
    name: 'what happens in each case: remedies will be put in place',
    assessment: yes('7.3', { commentary: 'Remedies will be put in place within 28 days of agreement.' }),
    expect: [],
  },
  {
    name: 'what happens in each case: any learning will be implemented',
    assessment: yes('9.1', {
      commentary: 'Any learning will be shared with the service and improvements will be implemented.',
    }),
    expect: [],
  },
  {
    name: 'on request: the policy will be available in other formats',
    assessment: yes('3.4', {
      commentary: 'The policy will be available in large print, audio and other languages on request.',
    }),
    expect: [],
  },
  {
    name: 'a case-level approval: once approved by the manager, compensation is paid',
    assessment: yes('7.3', {
      commentary: 'Once approved by the manager, compensation is paid within 10 working days.',
    }),
    expect: [],
  },
  {
    name: 'a case-level approval: payments subject to Head of Service approval',
    assessment: yes('7.2', { commentary: 'Compensation payments over £500 are subject to Head of Service approval.' }),
    expect: [],
  },
  {
    name: 'a condition: where the Code changes, the policy will be amended',
    assessment: yes('8.3', { commentary: 'Where the Code changes, the policy will be amended to match.' }),
    expect: [],
  },
  {
    name: 'quoting the Code: the self-assessment is to be published',
    assessment: yes('8.2', {
      commentary: 'As the Code requires, the self-assessment is to be published alongside the annual report.',
    }),
    expect: [],
  },
  {
    name: 'a date in the past: the new leaflet was published in March 2023',
    assessment: yes('3.5', { commentary: 'The new leaflet was published in March 2023 and sent to every home.' }),
    expect: [],
  },
  {
    name: 'a regular cycle: the website is being updated regularly',
    assessment: yes('8.2', { commentary: 'Our website is being updated regularly with performance information.' }),
    expect: [],
  },
  {
    name: 'a review cycle: the process is due to be reviewed in 2026',
    assessment: yes('8.1', { commentary: 'The process is due to be reviewed in 2026.' }),
    expect: [],
  },
  {
    name: 'a person chosen for each case: a new handler will be appointed if the resident asks',
    assessment: yes('6.13', {
      commentary: 'A different officer will be appointed to consider the complaint at stage 2.',
    }),
    expect: [],
  },
  {
    name: 'we will implement any remedy (each case)',
    assessment: yes('7.3', {
      commentary: 'We will implement any remedy within the timescale agreed with the resident.',
    }),
    expect: [],
  },
  {
    name: 'a No is not a future claim on a Yes',
    assessment: () =>
      assessment('2024', [{ id: '9.5', comply: 'No', commentary: 'An MRC is to be appointed in May 2025.' }]),
    expect: [],
  },
  {
    name: 'an aside in the past: the new policy, which was published in May 2024, will help',
    assessment: yes('3.4', {
      commentary: 'The new policy, which was published in May 2024, will help residents understand the two stages.',
    }),
    expect: [],
  },
  {
    name: 'will be documented in each case',
    assessment: yes('6.4', { commentary: 'The reason will be documented on the case file for each complaint.' }),
    expect: [],
  },
  {
    name: 'once in each case: the reasons will be documented once the decision is made',
    assessment: yes('2.4', { commentary: 'The reasons will be documented once the decision is made.' }),
    expect: [],
  },
  {
    name: 'once of frequency: the report will be published once a year',
    assessment: yes('8.1', { commentary: 'The complaints report will be published once a year.' }),
    expect: [],
  },
  {
    name: 'past tense: once the new policy went live, responses were sent',
    assessment: yes('6.3', {
      commentary: 'Once the new policy went live in April 2024, stage 1 responses were sent within 10 working days.',
    }),
    expect: [],
  },
  {
    name: "a resident's form approved in each case: once the form is approved, compensation is paid",
    assessment: yes('7.2', { commentary: 'Once the form is approved by the manager, the payment is made.' }),
    expect: [],
  },
  {
    name: 'a note with a condition: letters to be updated if the Code changes',
    assessment: yes('6.5', { commentary: 'Letters to be updated if the Code changes.' }),
    expect: [],
  },
  {
    name: 'a note with a condition past its "and": to be amended as and when the Code changes',
    assessment: yes('8.3', { commentary: 'To be amended as and when the Code changes.' }),
    expect: [],
  },
  {
    name: 'an infinitive hung on another clause: with any agreed actions to be implemented',
    assessment: yes('7.3', {
      commentary: 'The resident is told the outcome, with any agreed actions to be implemented within 28 days.',
    }),
    expect: [],
  },
  {
    name: 'an infinitive after a finite verb: we ask how they would like to be updated',
    assessment: yes('5.10', { commentary: 'We ask residents how they would like to be updated during the complaint.' }),
    expect: [],
  },
  {
    name: 'a standard, not a change: notes are to be non-judgemental',
    assessment: yes(
      'Q8.2',
      { evidence: '', commentary: 'To ensure that any email recording notes are to be non-judgemental and factual.' },
      '2020',
    ),
    expect: [],
  },
  {
    name: 'past tense: more emphasis has been placed on learning',
    assessment: yes('9.1', { commentary: 'More emphasis has been placed on learning since the 2024 Code.' }),
    expect: [],
  },
  {
    name: 'past tense: the policy was reviewed in 2023 to incorporate the requirements of the Code',
    assessment: yes('8.1', {
      commentary: 'The policy was reviewed in 2023 to incorporate the requirements of the Code.',
    }),
    expect: [],
  },
  {
    name: 'a review cycle: reviewed annually to include any new requirements of the Code',
    assessment: yes('8.3', {
      commentary: 'The policy will be reviewed annually to include any new requirements of the Code.',
    }),
    expect: [],
  },
  {
    name: 'a cycle: the annual report is due to go to the Board each September',
    assessment: yes('8.1', { commentary: 'The annual report is due to go to the Board each September.' }),
    expect: [],
  },
  {
    name: 'a plan that recurs: we plan to publish the report annually',
    assessment: yes('8.1', { commentary: 'We plan to publish the complaints report annually.' }),
    expect: [],
  },
  {
    name: 'is to be implemented in each case: any learning is to be implemented',
    assessment: yes('9.1', {
      commentary: 'Any learning from complaints is to be implemented by the service concerned.',
    }),
    expect: [],
  },
]);
