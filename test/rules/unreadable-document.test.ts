import { ruleTable } from '../helpers/rule-table.js';
import { assessment } from '../helpers/assessment.js';
import { unreadableDocument } from '../../src/rules/unreadable-document.js';

// The readers raise this rule (see test/cli and the reader tests); over a readable assessment it never fires.
ruleTable(unreadableDocument, [
  { name: 'a readable assessment', assessment: () => assessment('2024'), expect: [] },
  { name: 'even an empty one', assessment: () => assessment('2024', [], { complete: false }), expect: [] },
]);
