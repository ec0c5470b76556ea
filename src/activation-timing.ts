/**
 * How long the extension took to start: loading its bundle (from the banner stamped by
 * scripts/build.mjs to the first line of activate), running activate(), and later, when the
 * first article is analysed, loading the engine (src/engine.ts). The editor benchmark
 * (scripts/bench-editor.mjs) reads it through the extension's API.
 */
import { engineLoadMs } from './engine';

export interface ActivationTiming {
  /** Milliseconds from the bundle starting to load until activate() was called (NaN when not bundled). */
  readonly loadMs: number;
  /** Milliseconds activate() took. */
  readonly activateMs: number;
  /** Milliseconds loading the engine took on the first analysis (NaN until then). */
  readonly engineLoadMs: number;
}

const globals = globalThis as { __attributionLensLoadStart?: number };

/** Starts timing activate(); call the returned function when activate() is done. */
export function startActivationTiming(): () => ActivationTiming {
  const start = performance.now();
  const loadStart = globals.__attributionLensLoadStart;
  return () => {
    const loadMs = loadStart === undefined ? NaN : start - loadStart;
    const activateMs = performance.now() - start;
    return {
      loadMs,
      activateMs,
      get engineLoadMs() {
        return engineLoadMs();
      },
    };
  };
}
