/**
 * A text's UTF-16 code units in a typed array, for the passes that read every character (the
 * tokenizer, the word table's comparisons). `charCodeAt` checks the string's representation on
 * every call; a `Uint16Array` read does not, and the word table compares a word's characters
 * about a quarter faster with both sides in typed arrays (measured on the 1 MB bench text).
 *
 * Under Node the units are copied natively (`Buffer#write` with `utf16le`, a plain copy for the
 * two-byte strings news text makes); elsewhere (a browser, a big-endian machine) by one
 * `charCodeAt` pass. The array comes from the analysis's scratch arrays, so it is reused.
 */
import type { Scratch } from './scratch';

interface NodeBuffer {
  write(s: string, offset: number, length: number, encoding: 'utf16le'): number;
}
interface NodeBufferClass {
  from(buffer: ArrayBuffer, byteOffset: number, length: number): NodeBuffer;
}

/** Node's Buffer, on a little-endian machine (where its utf16le bytes are the Uint16Array's units). */
const nodeBuffer: NodeBufferClass | undefined =
  new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? (globalThis as { Buffer?: NodeBufferClass }).Buffer : undefined;

/** `text`'s code units: entry i is `text.charCodeAt(i)`; its length is `text.length`. */
export function codeUnits(text: string, scratch: Scratch): Uint16Array {
  const n = text.length;
  const bytes = scratch.uint8('codeUnits', 2 * n);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, n);
  if (nodeBuffer !== undefined && nodeBuffer.from(bytes.buffer, bytes.byteOffset, 2 * n).write(text, 0, 2 * n, 'utf16le') === 2 * n) return units;
  copyCodeUnits(text, units);
  return units;
}

/** Writes `text`'s code units into `units` by `charCodeAt` (where Node's Buffer is not there). */
export function copyCodeUnits(text: string, units: Uint16Array): void {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}
