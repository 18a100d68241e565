/** Telling text from binary by the first bytes, whatever the file's extension (the readers' own sniffs: readers.ts). */

export const startsWith = (bytes: Uint8Array, sig: number[], offset = 0): boolean =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);

/** More than 1% control characters in the first 4 KiB: not a text file. */
export function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 9 || (b > 13 && b < 32)) control++;
  return control > sample.length / 100;
}

/** An OLE2 file that holds an encrypted OOXML package (a password-protected .docx). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('utf16le');
  return text.includes('EncryptionInfo') || text.includes('EncryptedPackage');
}
