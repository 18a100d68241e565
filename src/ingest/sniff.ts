/** Deciding what a file really is from its first bytes, whatever its extension. */

export type SniffedFormat = 'pdf' | 'docx' | 'zip' | 'doc' | 'empty' | 'text' | 'binary';

export const startsWith = (bytes: Uint8Array, sig: number[], offset = 0): boolean =>
  bytes.length >= offset + sig.length && sig.every((b, i) => bytes[offset + i] === b);

export function sniff(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  // %PDF- may follow some junk within the first 1 KiB (allowed by readers).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const probe = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString('latin1');
    return probe.includes('word/') || probe.includes('[Content_Types].xml') ? 'docx' : 'zip';
  }
  // OLE2 compound file: legacy .doc, or an encrypted (password-protected) OOXML package.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 9 || (b > 13 && b < 32)) control++;
  return control > sample.length / 100 ? 'binary' : 'text';
}

/** An OLE2 file that holds an encrypted OOXML package (a password-protected .docx). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString('utf16le');
  return text.includes('EncryptionInfo') || text.includes('EncryptedPackage');
}
