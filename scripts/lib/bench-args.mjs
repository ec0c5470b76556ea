// Arguments shared by the A/B benchmark scripts (bench-ab.mjs, bench-instructions.mjs).
import * as path from 'node:path';

/** Removes `--name N` from `args` and returns N as a number, or `fallback` when the option is absent. */
export function numberOption(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
}

/** The absolute path of an engine build given as a dist folder or a core.js file. */
export function engineFile(p) {
  return path.resolve(p.endsWith('.js') ? p : path.join(p, 'core.js'));
}
