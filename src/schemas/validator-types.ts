/** The schemas `assess` validates against, and the shape of an ajv validator compiled from one. */
export type SchemaName = 'catalogue' | 'assessment' | 'config' | 'crosswalk';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] | null;
}
