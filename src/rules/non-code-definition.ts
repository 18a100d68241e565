import type { Rule } from './types.js';
import { at, rowSentences } from './helpers.js';
import { readDefinition } from '../normalise/statements/definition.js';
import { quoted } from '../util/text.js';

const list = (names: readonly string[]): string =>
  names.length === 1
    ? `"${names[0]}"`
    : `${names
        .slice(0, -1)
        .map((n) => `"${n}"`)
        .join(', ')} and "${names.at(-1)}"`;

export const nonCodeDefinition: Rule = {
  id: 'non-code-definition',
  severity: 'warning',
  description:
    "The complaint definition the landlord quotes leaves out or changes what the Code's requires, or is an older version's.",
  summaryColumn: 'non_code_definitions',
  docs: {
    why: 'The Code requires landlords to use its definition of a complaint. The Ombudsman finds definitions that leave out "however made", "actions or lack of action", "those acting on its behalf" or "a resident or group of residents", each of which keeps some complaints out of the process.',
    fix: "Quote the Code's definition word for word in the policy and the form.",
    example: '1.2 | Yes | Policy 2.1: "A complaint is an expression of dissatisfaction with our services."',
  },
  check(assessment, catalogue) {
    const definition = catalogue.definition;
    if (!definition) return [];
    return assessment.provisions.flatMap((r) => {
      const all = rowSentences(r);
      for (const [i, s] of all.entries()) {
        // A definition may run on into the next sentences of its cell.
        const following = all
          .slice(i + 1)
          .filter((t) => t.source === s.source)
          .map((t) => t.text)
          .join(' ');
        const read = readDefinition(s.text, definition, r.id === definition.provision, following);
        if (!read || (read.missing.length === 0 && !read.older)) continue;
        const what =
          read.missing.length > 0
            ? `leaves out ${list(read.missing)}`
            : `is the ${read.older ?? ''} Code's wording, not the ${catalogue.name}'s`;
        return [
          {
            provision: r.id,
            message: `the complaint definition quoted at ${r.id}${r.id === definition.provision ? '' : ` (the Code's is at ${definition.provision})`} ${what}: ${quoted(s.text, 140)}`,
            hint: `use the ${catalogue.name}'s definition word for word (${definition.provision})`,
            ...at(r),
          },
        ];
      }
      return [];
    });
  },
};
