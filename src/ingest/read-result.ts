/** What a file reader returns: a document or the one-line reason it could not be read. */
import type { DocumentModel } from './document.js';

export type ReadResult = { ok: true; document: DocumentModel } | { ok: false; reason: string };

export const unreadable = (reason: string): ReadResult => ({ ok: false, reason });
