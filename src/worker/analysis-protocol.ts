/** The messages between the extension host and the analysis worker (plain, structured-clone data). */
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface WorkerRequest {
  id: number;
  text: string;
  options?: AnalyzeOptions;
}

export type WorkerResponse = { id: number; analysis: Analysis } | { id: number; error: string };
