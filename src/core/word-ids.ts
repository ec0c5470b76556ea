/**
 * Registered word ids: every string a word list, lexicon or phrase trie holds gets a small id
 * when the list is built, so that a token's membership in a list is an array or number-keyed
 * lookup instead of a string-keyed one. A string no list holds has id 0.
 */
const registered = new Map<string, number>();

/** Bumped by every new registration: tables of looked-up ids re-read them when it changes. */
let generation = 0;

/** The registration generation (see `generation`). */
export function registrationGeneration(): number {
  return generation;
}

/** The id of `s` (registered on first use; ids start at 1). */
export function wordId(s: string): number {
  let id = registered.get(s);
  if (id === undefined) {
    id = registered.size + 1;
    registered.set(s, id);
    generation++;
  }
  return id;
}

/** The id of `s` if registered, else 0 (never registers). */
export function knownId(s: string): number {
  return registered.get(s) ?? 0;
}

/** One more than the largest id given so far: the length of an id-indexed table. */
export function idLimit(): number {
  return registered.size + 1;
}
