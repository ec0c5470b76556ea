/**
 * How long the extension took to start: loading its bundle (from the banner stamped by
 * scripts/build.mjs to the first line of activate) and running activate(). The editor
 * benchmark (scripts/bench-editor.mjs) reads it through the extension's API.
 */
export interface ActivationTiming {
  /** Milliseconds from the bundle starting to load until activate() was called (NaN when not bundled). */
  loadMs: number;
  /** Milliseconds activate() took. */
  activateMs: number;
}

const globals = globalThis as { __attributionLensLoadStart?: number };

/** Starts timing activate(); call the returned function when activate() is done. */
export function startActivationTiming(): () => ActivationTiming {
  const start = performance.now();
  const loadStart = globals.__attributionLensLoadStart;
  return () => ({
    loadMs: loadStart === undefined ? NaN : start - loadStart,
    activateMs: performance.now() - start,
  });
}
