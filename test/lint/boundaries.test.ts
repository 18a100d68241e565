/**
 * The import-direction rules of eslint.config.js (eslint-plugin-boundaries) do fire: source text linted as if it
 * sat at a path under src/, through ESLint's Node API and the project's own config.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** The boundaries messages for `source` linted as the file at `filePath` (relative to the repository). */
async function boundaryMessages(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

describe('import direction (eslint-plugin-boundaries)', () => {
  it('reports ingest importing report', async () => {
    const messages = await boundaryMessages(
      'src/ingest/lint-probe.ts',
      "import type { FileReport } from '../report/types.js';\nexport type Probe = FileReport;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/ingest may not import src/report')]);
  });

  it('reports rules importing cli', async () => {
    const messages = await boundaryMessages(
      'src/rules/lint-probe.ts',
      "import { main } from '../cli/main.js';\nexport const probe = main;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/rules may not import src/cli')]);
  });

  it('accepts normalise importing ingest', async () => {
    const [result] = await eslint.lintText(
      "import type { DocumentModel } from '../ingest/document.js';\nexport type Probe = DocumentModel;\n",
      { filePath: 'src/normalise/lint-probe.ts' },
    );
    expect(result?.messages).toEqual([]);
  });

  it('reports cases importing cli, and accepts cases importing pipeline and report', async () => {
    const messages = await boundaryMessages(
      'src/cases/lint-probe.ts',
      "import { main } from '../cli/main.js';\nexport const probe = main;\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/cases may not import src/cli')]);
    const [result] = await eslint.lintText(
      "import type { Loaded } from '../pipeline/load-assessment.js';\nimport type { FileReport } from '../report/types.js';\nexport type Probe = [Loaded, FileReport];\n",
      { filePath: 'src/cases/lint-probe.ts' },
    );
    expect(result?.messages).toEqual([]);
  });
});
