import { ruleTable } from '../helpers/rule-table.js';
import { assessment, type RowSpec } from '../helpers/assessment.js';
import { nonCodeDefinition } from '../../src/rules/non-code-definition.js';
import type { CodeVersion } from '../../src/catalogue/types.js';

const form =
  (code: CodeVersion, ...rows: RowSpec[]): (() => ReturnType<typeof assessment>) =>
  () =>
    assessment(code, rows);
/** The definition provision answered Yes, its commentary as given. */
const at12 = (commentary: string, code: CodeVersion = '2024') =>
  form(code, { id: '1.2', comply: 'Yes', evidence: 'Complaints Policy s.2.1', commentary });

const CODE_2024 =
  "'An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.'";
const CODE_2022 =
  '"An expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents."';
const ALL_FOUR =
  /leaves out "however made", "actions or lack of action", "those acting on its behalf" and "a resident or group of residents"/;

ruleTable(nonCodeDefinition, [
  // --- fires: the landlord's own definition, or an older Code's ---
  {
    name: 'a policy that "says a complaint is" something else, quoted at another provision',
    assessment: form('2024', {
      id: '5.2',
      comply: 'Yes',
      evidence:
        "Section 4 of the Complaints Policy says a complaint is 'when a customer tells us they are unhappy with something we have done'.",
    }),
    expect: [
      {
        provision: '5.2',
        message: /^the complaint definition quoted at 5\.2 \(the Code's is at 1\.2\) leaves out "however made"/,
      },
    ],
  },
  {
    name: 'a list of exclusions opening "Expressions of dissatisfaction with ..." at the definition is no definition',
    assessment: at12(
      'Expressions of dissatisfaction with Government or local policies, as opposed to our failure to meet service standards.',
    ),
    expect: [],
  },
  {
    name: 'the landlord\'s own: "an expression of dissatisfaction with our services"',
    assessment: form('2024', {
      id: '1.2',
      comply: 'Yes',
      evidence: 'Policy 2.1: "A complaint is an expression of dissatisfaction with our services."',
    }),
    expect: [
      {
        provision: '1.2',
        message: new RegExp(
          `^the complaint definition quoted at 1\\.2 ${ALL_FOUR.source}: "Policy 2\\.1: "A complaint is an expression of dissatisfaction with our services\\."`,
        ),
      },
    ],
  },
  {
    name: "the 2022 Code's wording in a 2024 form",
    assessment: at12(`6.2. ${CODE_2022}`),
    expect: [
      {
        provision: '1.2',
        message:
          /^the complaint definition quoted at 1\.2 is the 2022 Code's wording, not the 2024 Code's: "An expression of dissatisfaction, however made/,
      },
    ],
  },
  {
    name: "the 2022 Code's wording quoted in the Evidence column",
    assessment: form('2024', {
      id: '1.2',
      comply: 'Yes',
      evidence: `Customer Feedback Policy 6.2 ${CODE_2022}`,
    }),
    expect: [{ provision: '1.2', message: /1\.2 is the 2022 Code's wording.*"Customer Feedback Policy 6\.2/ }],
  },
  {
    name: 'leaves out "however made" only',
    assessment: at12(
      'A complaint is an expression of dissatisfaction about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.',
    ),
    expect: [{ provision: '1.2', message: /1\.2 leaves out "however made": "A complaint is an expression/ }],
  },
  {
    name: 'leaves out "those acting on its behalf"',
    assessment: at12(
      'A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord or its own staff, affecting a resident or group of residents.',
    ),
    expect: [{ provision: '1.2', message: /1\.2 leaves out "those acting on its behalf": / }],
  },
  {
    name: 'leaves out "actions or lack of action"',
    assessment: at12(
      'A complaint is an expression of dissatisfaction, however made, about the standard of service by the landlord, its staff or those acting on its behalf, affecting a resident or group of residents.',
    ),
    expect: [{ provision: '1.2', message: /1\.2 leaves out "actions or lack of action": / }],
  },
  {
    name: 'leaves out "a resident or group of residents"',
    assessment: at12(
      'A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident.',
    ),
    expect: [{ provision: '1.2', message: /1\.2 leaves out "a resident or group of residents": / }],
  },
  {
    name: 'defined at another provision: "we define a complaint as"',
    assessment: form('2024', {
      id: '1.3',
      comply: 'Yes',
      evidence: 'Complaints Policy s.2',
      commentary: 'We define a complaint as any expression of dissatisfaction with the service we provide.',
    }),
    expect: [
      {
        provision: '1.3',
        message: new RegExp(
          `^the complaint definition quoted at 1\\.3 \\(the Code's is at 1\\.2\\) ${ALL_FOUR.source}: "We define a complaint as`,
        ),
      },
    ],
  },
  {
    name: 'a policy extract at the acknowledgement row: "our policy defines a complaint as"',
    assessment: form('2024', {
      id: '5.6',
      comply: 'Yes',
      evidence: 'Acknowledgement letter template',
      commentary:
        "The complaint definition is recorded at acknowledgement. Our policy defines a complaint as 'an expression of dissatisfaction about our services, however made'.",
    }),
    expect: [
      {
        provision: '5.6',
        message:
          /5\.6 \(the Code's is at 1\.2\) leaves out "actions or lack of action", "those acting on its behalf" and "a resident or group of residents": "Our policy defines/,
      },
    ],
  },
  {
    name: 'a "definition:" label',
    assessment: at12('Definition: an expression of dissatisfaction with the service provided by the council.'),
    expect: [{ provision: '1.2', message: new RegExp(`1\\.2 ${ALL_FOUR.source}: "Definition: an expression`) }],
  },
  {
    name: 'a complaint means any expression of dissatisfaction',
    assessment: at12('In our policy a complaint means any expression of dissatisfaction about a service we provide.'),
    expect: [{ provision: '1.2', message: new RegExp(`1\\.2 ${ALL_FOUR.source}: "In our policy a complaint means`) }],
  },
  {
    name: 'a definition that runs on into the next sentence still leaves two out',
    assessment: at12(
      'A complaint is an expression of dissatisfaction. It may be about the standard of service, actions or lack of action by us or our contractors.',
    ),
    expect: [
      {
        provision: '1.2',
        message:
          /1\.2 leaves out "however made" and "a resident or group of residents": "A complaint is an expression of dissatisfaction\."/,
      },
    ],
  },
  {
    name: 'the definition in the Comply cell after the Yes',
    assessment: form('2024', {
      id: '1.2',
      comply: 'Yes - we define a complaint as an expression of dissatisfaction with our service',
      evidence: 'Complaints Policy',
    }),
    expect: [{ provision: '1.2', message: new RegExp(`1\\.2 ${ALL_FOUR.source}: "we define a complaint as`) }],
  },
  {
    name: '2022: the landlord\'s own "our definition: ..."',
    assessment: at12('Our definition: an expression of dissatisfaction, however made, about our services.', '2022'),
    expect: [
      {
        provision: '1.2',
        message:
          /1\.2 leaves out "actions or lack of action", "those acting on its behalf" and "a resident or group of residents": "Our definition/,
      },
    ],
  },
  {
    name: '2022: a complaint is defined as ... by a resident about the service',
    assessment: form('2022', {
      id: '1.2',
      comply: 'Yes',
      evidence: 'A complaint is defined as an expression of dissatisfaction by a resident about the service.',
    }),
    expect: [{ provision: '1.2', message: new RegExp(`1\\.2 ${ALL_FOUR.source}: "A complaint is defined as`) }],
  },
  {
    name: "2020 Q1.1: the council's own wording (the published form)",
    assessment: form('2020', {
      id: 'Q1.1',
      comply: 'Yes',
      commentary:
        "Slightly differently, but yes. 'An expression of dissatisfaction with our service (whether justified or not) which requires a response'.",
    }),
    expect: [
      { provision: 'Q1.1', message: new RegExp(`Q1\\.1 ${ALL_FOUR.source}: "An expression of dissatisfaction`) },
    ],
  },

  // --- does not fire ---
  { name: 'a clean form', assessment: () => assessment('2024'), expect: [] },
  { name: "the 2024 Code's definition word for word", assessment: at12(`Policy 2.1: ${CODE_2024}`), expect: [] },
  { name: "the 2022 Code's definition in a 2022 form", assessment: at12(CODE_2022, '2022'), expect: [] },
  {
    name: 'the 2024 definition in a 2022 form (a newer wording is no older one)',
    assessment: at12(CODE_2024, '2022'),
    expect: [],
  },
  {
    name: "the 2020 Code's definition in a 2020 form",
    assessment: form('2020', { id: 'Q1.1', comply: 'Yes', commentary: `Yes. ${CODE_2022}` }),
    expect: [],
  },
  {
    name: 'the same elements in other accepted words',
    assessment: at12(
      "A complaint is an expression of dissatisfaction, however it is made, about the standard of service, action or inaction by the landlord, its staff or anyone acting on the landlord's behalf, affecting one or more residents.",
    ),
    expect: [],
  },
  {
    name: 'a definition that runs on into the next sentence with every element',
    assessment: at12(
      'A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord. This includes its own staff and those acting on its behalf, affecting a resident or group of residents.',
    ),
    expect: [],
  },
  {
    name: "the form's own requirement text pasted in",
    assessment: at12(`A complaint must be defined as: ${CODE_2024}`),
    expect: [],
  },
  {
    name: 'a reference, not a quotation: as per the Code',
    assessment: at12('A complaint is defined as per the Housing Ombudsman Code.'),
    expect: [],
  },
  {
    name: 'where the definition is, not what it says',
    assessment: at12('Our definition of a complaint is set out in section 3 of the policy.'),
    expect: [],
  },
  {
    name: 'using the phrase, not defining: staff are trained to recognise an expression of dissatisfaction',
    assessment: at12('Staff are trained to recognise an expression of dissatisfaction, however it is expressed.'),
    expect: [],
  },
  {
    name: 'what is done with it: any expression of dissatisfaction is treated as a complaint',
    assessment: at12('Any expression of dissatisfaction is treated as a complaint and logged on the system.'),
    expect: [],
  },
  {
    name: 'what is not a complaint: survey feedback',
    assessment: form('2024', {
      id: '1.2',
      comply: 'Yes',
      evidence: 'Complaints Policy s.2.1',
      commentary: 'An expression of dissatisfaction made through a survey is not defined as a complaint.',
    }),
    expect: [],
  },
  {
    name: 'an exclusion: expressions of dissatisfaction with Government policy are not complaints',
    assessment: at12('Expressions of dissatisfaction with Government policy are not complaints under this policy.'),
    expect: [],
  },
  {
    name: 'the phrase at another provision without a definition',
    assessment: form('2024', {
      id: '3.2',
      comply: 'Yes',
      evidence: 'Complaints Policy s.4',
      commentary: 'Residents can raise an expression of dissatisfaction with any member of staff.',
    }),
    expect: [],
  },
  {
    name: 'the exclusions row quoting what is excluded (2020 Q1.2)',
    assessment: form('2020', {
      id: 'Q1.2',
      comply: 'Yes',
      commentary:
        'Expressions of dissatisfaction with Government or local policies, as opposed to our failure to meet service standards.',
    }),
    expect: [],
  },
]);
