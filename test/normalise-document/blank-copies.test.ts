import { describe, expect, it } from 'vitest';
import { dropBlankCopies } from '../../src/normalise/document/blank-copies.js';
import { BLOCK_SPAN, emptyRaw, type RawRow } from '../../src/normalise/document/types.js';

/** A row of table `block` (0-based), row `n`: answered when `answer` is given. */
const r = (block: number, n: number, id: string | undefined, fill: Partial<RawRow> = {}): RawRow => ({
  ...emptyRaw({ table: block + 1, row: n }, block * BLOCK_SPAN + n),
  ...(id !== undefined ? { id } : {}),
  requirement: `requirement ${id}`,
  ...fill,
});
const yes = { answer: 'Yes' };
const ids = (rows: RawRow[]): string[] => rows.map((x) => `${x.location.table}:${x.id}`);

describe('dropBlankCopies', () => {
  it.each([
    {
      name: 'a blank copy beside the filled form is left out',
      rows: [
        r(0, 1, '1.1'),
        r(0, 2, '1.2'),
        r(0, 3, '1.3'),
        r(1, 1, '1.1', yes),
        r(1, 2, '1.2', { choices: { no: 'Not yet' } }),
        r(1, 3, '1.3', yes),
      ],
      kept: ['2:1.1', '2:1.2', '2:1.3'],
      dropped: 1,
    },
    {
      name: 'a blank copy after the filled form, the filled form split in two tables',
      rows: [r(0, 1, '1.1', yes), r(0, 2, '1.2'), r(1, 1, '1.3', yes), r(2, 1, '1.1'), r(2, 2, '1.2'), r(2, 3, '1.3')],
      kept: ['1:1.1', '1:1.2', '2:1.3'],
      dropped: 1,
    },
    {
      name: 'a row without an id in the blank copy (a definition under its question) does not stop it',
      rows: [
        r(0, 1, 'Q1.1'),
        r(0, 2, undefined),
        r(0, 3, 'Q1.2'),
        r(0, 4, 'Q1.3'),
        r(1, 1, 'Q1.1', { choices: { yes: 'Yes, slightly differently' } }),
        r(1, 2, 'Q1.2', yes),
        r(1, 3, 'Q1.3', yes),
      ],
      kept: ['2:Q1.1', '2:Q1.2', '2:Q1.3'],
      dropped: 1,
    },
    {
      name: 'a form blank on its own is kept (every row is still reported unanswered)',
      rows: [r(0, 1, '1.1'), r(0, 2, '1.2'), r(0, 3, '1.3')],
      kept: ['1:1.1', '1:1.2', '1:1.3'],
      dropped: 0,
    },
    {
      name: 'a blank table with a provision answered nowhere else is kept',
      rows: [
        r(0, 1, '1.1'),
        r(0, 2, '1.2'),
        r(0, 3, '1.4'),
        r(1, 1, '1.1', yes),
        r(1, 2, '1.2', yes),
        r(1, 3, '1.3', yes),
      ],
      kept: ['1:1.1', '1:1.2', '1:1.4', '2:1.1', '2:1.2', '2:1.3'],
      dropped: 0,
    },
    {
      name: 'fewer than three blank rows are a gap, not a copy',
      rows: [r(0, 1, '1.1'), r(0, 2, '1.2'), r(1, 1, '1.1', yes), r(1, 2, '1.2', yes)],
      kept: ['1:1.1', '1:1.2', '2:1.1', '2:1.2'],
      dropped: 0,
    },
    {
      name: 'a table with evidence written in is not blank',
      rows: [
        r(0, 1, '1.1'),
        r(0, 2, '1.2', { evidence: 'Policy 3' }),
        r(0, 3, '1.3'),
        r(1, 1, '1.1', yes),
        r(1, 2, '1.2', yes),
        r(1, 3, '1.3', yes),
      ],
      kept: ['1:1.1', '1:1.2', '1:1.3', '2:1.1', '2:1.2', '2:1.3'],
      dropped: 0,
    },
    {
      name: 'two blank copies of an unanswered form: neither is answered elsewhere, both kept',
      rows: [r(0, 1, '1.1'), r(0, 2, '1.2'), r(0, 3, '1.3'), r(1, 1, '1.1'), r(1, 2, '1.2'), r(1, 3, '1.3')],
      kept: ['1:1.1', '1:1.2', '1:1.3', '2:1.1', '2:1.2', '2:1.3'],
      dropped: 0,
    },
  ])('$name', ({ rows, kept, dropped }) => {
    const result = dropBlankCopies(rows);
    expect(ids(result.kept)).toEqual(kept);
    expect(result.dropped).toHaveLength(dropped);
  });

  it('says what it left out and where', () => {
    const rows = [
      r(0, 1, '1.1'),
      r(0, 2, '1.2'),
      r(0, 3, '1.3'),
      r(1, 1, '1.1', yes),
      r(1, 2, '1.2', yes),
      r(1, 3, '1.3', yes),
    ];
    expect(dropBlankCopies(rows).dropped).toEqual([
      {
        rows: 3,
        reason: 'a blank copy of the form: its provisions are answered elsewhere in the document',
        location: { table: 1, row: 1 },
      },
    ]);
  });
});
