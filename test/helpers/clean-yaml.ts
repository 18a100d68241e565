import { stringify } from 'yaml';
import { loadCatalogue } from '../../src/catalogue/load.js';

/** A complete, clean 2024 form as YAML text. */
export function cleanYaml(overrides: Record<string, Record<string, string>> = {}): string {
  const provisions = loadCatalogue('2024').provisions.map((p) => ({
    id: p.id,
    comply: 'Yes',
    evidence: `Complaints policy, section for ${p.id}`,
    commentary: '',
    ...overrides[p.id],
  }));
  return stringify(
    { code: '2024', landlord: 'Example Homes', period: '2024-25', provisions },
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  );
}
