import { describe, expect, it } from 'vitest';
import { HEADER, rulesOf, runOn } from '../cases/helpers.js';

const row = (ref: string, extended: boolean): string =>
  `${ref},06/01/2025,07/01/2025,21/01/2025,${extended ? '20/01/2025,5' : ','},,,,`;

describe('extensions-the-norm', () => {
  it('reports a window where most cases had an extension, once', async () => {
    const log = [HEADER, row('A', true), row('B', true), row('C', true), row('D', false), row('E', false)].join('\n');
    expect(rulesOf(await runOn(log), 'extensions-the-norm')).toEqual([
      '- stage 1 response: 3 of 5 cases (60%) had an extension',
    ]);
  });

  it('is silent below half, or below five cases', async () => {
    const few = [HEADER, row('A', true), row('B', true), row('C', true)].join('\n');
    expect(rulesOf(await runOn(few), 'extensions-the-norm')).toEqual([]);
    const some = [HEADER, row('A', true), row('B', true), row('C', false), row('D', false), row('E', false)].join('\n');
    expect(rulesOf(await runOn(some), 'extensions-the-norm')).toEqual([]);
  });
});
