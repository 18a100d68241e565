import { describe, expect, it } from 'vitest';
import { MAX_ALIASES, readYaml } from '../../src/ingest/yaml/read-yaml.js';

const ok = (src: string) => {
  const read = readYaml(src);
  if (!read.ok) throw new Error(`not read: ${read.problem.message}`);
  return read;
};
const problem = (src: string) => {
  const read = readYaml(src);
  if (read.ok) throw new Error('read, but should not be');
  return read.problem;
};

describe('readYaml', () => {
  it('reads YAML 1.2: Yes stays a string, ids and answers keep their source text, numbers elsewhere stay numbers', () => {
    const { data } = ok(
      'code: 2024\nlandlord: X\ntimescales:\n  stages: 2\nprovisions:\n  - id: 6.10\n    comply: Yes\n    evidence: true\n    commentary:\n  - { id: "5.1", comply: no }\n',
    );
    expect(data).toEqual({
      code: '2024',
      landlord: 'X',
      timescales: { stages: 2 },
      provisions: [
        { id: '6.10', comply: 'Yes', evidence: 'true', commentary: null },
        { id: '5.1', comply: 'no' },
      ],
    });
  });

  it('locates every path by line and column, falling back to the nearest node that exists', () => {
    const src = 'code: "2024"\nprovisions:\n  - id: "1.2"\n    comply: Yes\n  - id: \'1.3\'\n    comply: &a No\n';
    const { locate } = ok(src);
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(locate(['code'])).toEqual({ line: 1, column: 7 });
    expect(locate(['provisions'])).toEqual({ line: 3, column: 3 });
    expect(locate(['provisions', 0])).toEqual({ line: 3, column: 5 });
    expect(locate(['provisions', 0, 'comply'])).toEqual({ line: 4, column: 13 });
    expect(locate(['provisions', 1, 'id'])).toEqual({ line: 5, column: 9 });
    expect(locate(['provisions', 1, 'comply'])).toEqual({ line: 6, column: 13 });
    expect(locate(['provisions', 1, 'evidence'])).toEqual({ line: 5, column: 5 });
    expect(locate(['provisions', 9, 'comply'])).toEqual({ line: 3, column: 3 });
  });

  it('refuses a duplicate key, naming it where it is repeated', () => {
    expect(problem('code: "2024"\nlandlord: X\ncode: "2022"\n')).toEqual({
      message: 'duplicate key "code"',
      line: 3,
      column: 1,
    });
  });

  it('refuses a key that is a list or a mapping', () => {
    expect(problem('code: "2024"\n? [a, b]\n: 1\n')).toMatchObject({ line: 2, column: 3 });
    expect(problem('{ [a]: 1 }\n').message).toMatch(/^a key that is a list or a mapping/);
  });

  it('refuses syntax errors with their line and column', () => {
    expect(problem('code: "2024"\nlandlord: "X\n')).toMatchObject({ line: 3, column: 1 });
    expect(problem('a: b: c\n')).toEqual({ message: 'bad indentation of a mapping entry', line: 1, column: 5 });
  });

  it('refuses more than one document', () => {
    expect(problem('code: "2024"\n---\ncode: "2022"\n').message).toMatch(/^more than one YAML document/);
  });

  it('reads a few aliases, but refuses too many and any that stand for too much', () => {
    expect(ok('a: &x Yes\nb: *x\n').data).toEqual({ a: 'Yes', b: 'Yes' });
    const many = `a: &x 1\nb: [${Array.from({ length: MAX_ALIASES + 1 }, () => '*x').join(', ')}]\n`;
    expect(problem(many).message).toBe(`more than ${MAX_ALIASES} aliases (*name): a form needs none`);
    const lines = ['l0: &l0 [a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i <= 5; i++)
      lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    expect(problem(`${lines.join('\n')}\n`).message).toMatch(
      /^aliases \(\*name\) that stand for more than 10000 nodes/,
    );
  });

  it('reads an empty text as null', () => {
    expect(ok('').data).toBeNull();
    expect(ok('# only a comment\n').data).toBeNull();
  });
});
