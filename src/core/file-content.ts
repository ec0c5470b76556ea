/**
 * An article file's bytes as text: binary files (a NUL byte in the first 8000 bytes, as git
 * decides) are not articles; text is UTF-8 with its byte-order mark dropped. Shared by the CLI
 * and the editor's workspace review.
 */

/** How far into a file `looksBinary` looks for a NUL byte. */
export const BINARY_PROBE_BYTES = 8000;

export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/** The file's text: UTF-8 (invalid sequences become U+FFFD), without a leading byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
