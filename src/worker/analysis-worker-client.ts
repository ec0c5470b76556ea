/**
 * Runs `analyze` in a worker thread (dist/analysis-worker.js), one job at a time, in order.
 *
 * - `analyze(text, options, token)` resolves with the analysis; a job cancelled before it starts
 *   is dropped, and a job cancelled while it runs terminates the worker (the engine is
 *   synchronous: stopping the thread is the only way to stop it) — the next job starts a new one.
 * - A worker that fails to start or dies rejects its job with a clear message; the next job
 *   starts a new worker.
 * No `vscode` import: a `vscode.CancellationToken` fits `Cancellation`, and the unit tests run it in Node.
 */
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { WorkerRequest, WorkerResponse } from './analysis-protocol';

export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** The rejection of a cancelled job. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

interface Job {
  request: WorkerRequest;
  token?: Cancellation;
  resolve(analysis: Analysis): void;
  reject(err: Error): void;
}

export class AnalysisWorkerClient {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  private disposed = false;
  /** Workers started so far (tests: cancelling a running job starts a new one). */
  started = 0;

  constructor(private readonly script: string) {}

  analyze(text: string, options?: AnalyzeOptions, token?: Cancellation): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new Error('the analysis worker is disposed'));
    if (token?.isCancellationRequested) return Promise.reject(new AnalysisCancelled());
    return new Promise<Analysis>((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, text, options }, token, resolve, reject };
      const listener = token?.onCancellationRequested(() => this.cancel(job));
      const settle = <T>(f: (v: T) => void) => (v: T) => {
        listener?.dispose();
        f(v);
      };
      job.resolve = settle(resolve);
      job.reject = settle(reject);
      this.queue.push(job);
      this.pump();
    });
  }

  /** Whether a job is running or waiting. */
  get busy(): boolean {
    return !!this.running || this.queue.length > 0;
  }

  dispose(): void {
    this.disposed = true;
    const pending = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    for (const job of pending) job.reject(new AnalysisCancelled());
  }

  private cancel(job: Job): void {
    const waiting = this.queue.indexOf(job);
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      job.reject(new AnalysisCancelled());
      return;
    }
    if (this.running !== job) return;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    job.reject(new AnalysisCancelled());
    this.pump();
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    try {
      this.ensureWorker().postMessage(job.request);
    } catch (err) {
      this.running = undefined;
      job.reject(new Error(`Attribution Lens could not start its analysis worker: ${err instanceof Error ? err.message : String(err)}`));
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    this.worker = worker;
    this.started++;
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      const job = this.running;
      if (worker !== this.worker || !job || job.request.id !== response.id) return;
      this.running = undefined;
      if ('analysis' in response) job.resolve(response.analysis);
      else job.reject(new Error(`Attribution Lens could not analyse the document: ${response.error}`));
      this.pump();
    });
    const fail = (reason: string) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(new Error(`Attribution Lens's analysis worker stopped: ${reason}`));
      this.pump();
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return worker;
  }
}
