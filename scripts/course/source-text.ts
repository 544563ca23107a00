// Turns the bytes of a course file into text: within the size limit and strictly UTF-8, so a file
// saved as Latin-1 fails with its own message instead of compiling with U+FFFD in place of å, ä, ö.
import { CourseError } from './course-error.ts';
import { checkFileSize } from './limits.ts';

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that is not valid UTF-8 (roughly: overlong and surrogate forms are left to TextDecoder). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i] ?? 0);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return 0;
}

/** Decodes a course file; throws CourseError for a file over the size limit or not in UTF-8. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  checkFileSize(file, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CourseError(
      file,
      line,
      `the file is not UTF-8 text (byte 0x${byte} on this line; Latin-1 or Windows-1252 perhaps): save it as UTF-8`,
    );
  }
}
