/**
 * A file's kind, by its extension: the reader it goes to (Word's .docm, .dotx and .dotm are read as .docx), else
 * YAML. The pool keeps each worker to one kind while it lasts, and a worker's code cache says which kinds it has
 * compiled the code of.
 */
import { extname } from 'node:path';
import { readerByExtension } from '../ingest/readers.js';

export const taskKind = (task: { path: string }): string => readerByExtension(extname(task.path))?.format ?? 'yaml';
