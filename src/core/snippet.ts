/** A one-line snippet of text for lists and reports: white space folded, cut at `max` characters. */
export function snippet(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
