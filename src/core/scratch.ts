/**
 * Scratch arrays: the per-token typed arrays of an analysis (token offsets, word numbers,
 * sentence numbers, who is mentioned where…), kept when it ends and handed to the next one
 * instead of allocated afresh. A new typed array of a megabyte cost 1.6–2.8 ms to allocate and
 * write once on the 2-core machines (the OS maps and zeroes its pages, and V8 collects sooner
 * for the external memory), the same array reused about 0.2 ms; a 1 MB text needs about ten.
 *
 * Arrays come back as they were left: the caller writes every entry it reads, or fills them.
 * They stay allocated (about 14 bytes per character of the longest text analysed, measured on
 * the 1 MB bench text; 2 of them the text's code units, see code-units.ts) until the next
 * analysis reuses or outgrows them, up to MAX_KEPT_BYTES (about what a text of 4.5 million
 * characters needs): within the editor's default size limit (2 MB) that is at most about 28 MB;
 * the arrays of a still longer text ("Analyze Anyway", the CLI) are let go when it ends. Reuse
 * pays most on long texts: the 4 MB bench collection took 579–702 ms with its arrays let go
 * after each run, 415–489 ms with them kept.
 */

/** The most bytes of scratch arrays kept between analyses. */
export const MAX_KEPT_BYTES = 64 * 1024 * 1024;
type ScratchArray = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/** The array named `name` in `arrays`, at least `length` long (a new one from `make`); its first `keep` entries as they were. */
function reuse<T extends ScratchArray>(arrays: Map<string, T>, make: (length: number) => T, name: string, length: number, keep: number): T {
  const old = arrays.get(name);
  if (old && old.length >= length) return old;
  const a = make(length);
  if (old && keep > 0) a.set(old.subarray(0, keep));
  arrays.set(name, a);
  return a;
}

export class Scratch {
  private readonly ints = new Map<string, Int32Array<ArrayBuffer>>();
  private readonly bytes = new Map<string, Uint8Array<ArrayBuffer>>();

  /** Bytes held by the arrays. */
  get byteLength(): number {
    let n = 0;
    for (const a of [...this.ints.values(), ...this.bytes.values()]) n += a.byteLength;
    return n;
  }

  /** The Int32Array named `name`, at least `length` long; its first `keep` entries as they were. */
  int32(name: string, length: number, keep = 0): Int32Array<ArrayBuffer> {
    return reuse(this.ints, (n) => new Int32Array(n), name, length, keep);
  }

  /** The Uint8Array named `name`, at least `length` long; its first `keep` entries as they were. */
  uint8(name: string, length: number, keep = 0): Uint8Array<ArrayBuffer> {
    return reuse(this.bytes, (n) => new Uint8Array(n), name, length, keep);
  }
}

/** The scratch arrays no analysis is using (null while one runs, or before the first). */
let idle: Scratch | null = null;

/** Scratch arrays for an analysis: the last one's, unless another analysis holds them. */
export function takeScratch(): Scratch {
  const s = idle ?? new Scratch();
  idle = null;
  return s;
}

/** Hands an analysis's scratch arrays to the next one, unless they hold more than MAX_KEPT_BYTES. */
export function returnScratch(s: Scratch): void {
  idle = s.byteLength <= MAX_KEPT_BYTES ? s : null;
}
