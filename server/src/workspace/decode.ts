// Turning a file's bytes into an article's text, or a clear reason why not. Articles arrive as
// UTF-8 (with or without BOM), sometimes UTF-16 with a BOM, sometimes in a legacy 8-bit encoding;
// binary files named .txt are refused rather than analysed as noise.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: string };

/** Made once: making a decoder per article was a twentieth of an indexing thread's warm start. */
const DECODERS = {
  utf16le: new TextDecoder('utf-16le'),
  utf16be: new TextDecoder('utf-16be'),
  // TextDecoder drops a UTF-8 BOM itself unless told otherwise.
  utf8: new TextDecoder('utf-8', { fatal: true }),
  windows1252: new TextDecoder('windows-1252'),
};

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: DECODERS.utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: DECODERS.utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary data (NUL bytes), not text' };
  try {
    return { ok: true, text: DECODERS.utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: DECODERS.windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}

/** NUL bytes in the first 8 KiB: text never has them, binary formats nearly always do. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}
