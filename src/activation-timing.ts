/**
 * How long the extension took to start: running its bundle's code (from the banner to the
 * footer stamped by scripts/build.mjs), VS Code preparing the extension's context before it
 * calls activate(), running activate(), and later, when the first article is analysed, loading
 * the engine (src/engine.ts). The editor benchmark (scripts/bench-editor.mjs) reads it through
 * the extension's API; V8 compiling the bundle comes before the banner and is timed there.
 */
import { engineLoadMs } from './engine';

export interface ActivationTiming {
  /** Milliseconds the bundle's top-level code took to run (NaN when not bundled). */
  readonly loadMs: number;
  /** Milliseconds from the bundle loaded until VS Code called activate() (its own preparation: storage, context). */
  readonly hostMs: number;
  /** Milliseconds activate() took. */
  readonly activateMs: number;
  /** Milliseconds loading the engine took on the first analysis (NaN until then). */
  readonly engineLoadMs: number;
}

const globals = globalThis as { __attributionLensLoadStart?: number; __attributionLensLoadEnd?: number };

/** Starts timing activate(); call the returned function when activate() is done. */
export function startActivationTiming(): () => ActivationTiming {
  const start = performance.now();
  const { __attributionLensLoadStart: loadStart, __attributionLensLoadEnd: loadEnd } = globals;
  return () => {
    const loaded = loadStart !== undefined && loadEnd !== undefined;
    const loadMs = loaded ? loadEnd - loadStart : NaN;
    const hostMs = loaded ? start - loadEnd : NaN;
    const activateMs = performance.now() - start;
    return {
      loadMs,
      hostMs,
      activateMs,
      get engineLoadMs() {
        return engineLoadMs();
      },
    };
  };
}
