/** What a file reader returns: a document or the typed failure saying why it could not be read. */
import { failed, type Failed, type FailureCode } from '../failure/failure.js';
import type { DocumentModel } from './document.js';

export type ReadResult = { ok: true; document: DocumentModel } | Failed;

export const unreadable = (code: FailureCode, message: string): ReadResult => failed(code, message);
