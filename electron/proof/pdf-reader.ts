// The main process's side of the PDF thread (proof/pdf-worker.ts): started on the first attached PDF of an
// export, each PDF read under a time limit and the thread's heap capped, the thread ended when a limit is
// met (the next PDF gets a fresh one) and when the export is done. A crafted PDF costs that thread, never
// the app's event loop.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PDF_LIMITS, type PdfLimits, type PdfReply, type PdfRequest, type PdfVerdict } from './pdf-rules';

/** Where the thread's script is, and what Node needs to run it. */
export interface WorkerSource {
  file: string;
  execArgv: string[];
}

/**
 * The built script beside the main bundle (electron.vite.config.ts builds it as an entry of its own); run
 * from source (the tests, the bench under tsx), the TypeScript file through tsx.
 */
export function pdfWorkerSource(dir: string = import.meta.dirname): WorkerSource {
  const built = path.join(dir, 'pdf-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  return { file: path.join(dir, 'pdf-worker.ts'), execArgv: ['--import', 'tsx'] };
}

export interface PdfReader {
  readonly limits: PdfLimits;
  /** Whether the PDF's pages may be appended, and how many there are. */
  inspect(key: string, bytes: Uint8Array): Promise<PdfVerdict>;
  /** The printed report with each PDF's pages after its header page (all passed `inspect`). */
  append(printed: Uint8Array, appendix: readonly { key: string; bytes: Uint8Array }[]): Promise<Uint8Array>;
  /** Ends the thread (an export calls it when done). */
  close(): Promise<void>;
}

/** How long a thread may take to load its script (tsx compiles it first when run from source). */
const START_MS = 60_000;

/** A request the thread did not answer in time, or a thread that ended while it worked. */
class ThreadLost extends Error {
  override name = 'ThreadLost';
}

interface Thread {
  worker: Worker;
  alive: boolean;
  pending: Map<number, (reply: PdfReply | ThreadLost) => void>;
}

export function pdfReader(options: { source?: WorkerSource; limits?: Partial<PdfLimits> } = {}): PdfReader {
  const limits: PdfLimits = { ...PDF_LIMITS, ...options.limits };
  const source = options.source ?? pdfWorkerSource();
  let starting: Promise<Thread> | null = null;
  let nextId = 1;

  /** Ends a thread; whatever it was asked and has not answered is answered with `why`. */
  const end = (thread: Thread, why: ThreadLost) => {
    thread.alive = false;
    for (const settle of thread.pending.values()) settle(why);
    thread.pending.clear();
    void thread.worker.terminate();
  };

  const start = () =>
    new Promise<Thread>((resolve, reject) => {
      const worker = new Worker(source.file, {
        execArgv: source.execArgv,
        resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
      });
      const thread: Thread = { worker, alive: true, pending: new Map() };
      // Until 'ready', a thread that fails could not start: a fault of the app, not of a file.
      const lost = (why: string) => {
        clearTimeout(startTimer);
        reject(new Error(`the PDF thread could not start: ${why}`));
        end(thread, new ThreadLost(why));
      };
      const startTimer = setTimeout(() => lost('no answer'), START_MS);
      worker.on('message', (reply: PdfReply) => {
        if (reply.kind === 'ready') {
          clearTimeout(startTimer);
          resolve(thread);
          return;
        }
        const settle = thread.pending.get(reply.id);
        thread.pending.delete(reply.id);
        settle?.(reply);
      });
      // Out of memory (resourceLimits), or ended by end() itself.
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`it ended with code ${code}`));
    });

  /** The running thread, or a new one when there is none (or the last met a limit). */
  const thread = async (): Promise<Thread> => {
    const running = starting === null ? null : await starting.catch(() => null);
    if (running?.alive === true) return running;
    starting = start();
    return starting;
  };

  /** Sends one request; past `ms`, the thread is ended and the answer is ThreadLost. */
  const ask = async (request: PdfRequest, ms: number): Promise<PdfReply | ThreadLost> => {
    const running = await thread();
    return new Promise((resolve) => {
      const timer = setTimeout(() => end(running, new ThreadLost(`no answer within ${ms} ms`)), ms);
      running.pending.set(request.id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      running.worker.postMessage(request);
    });
  };

  return {
    limits,
    async inspect(key, bytes) {
      const reply = await ask({ id: nextId++, kind: 'inspect', key, bytes, limits }, limits.inspectMs);
      if (reply instanceof ThreadLost) return { ok: false, why: 'too-costly' };
      if (reply.kind === 'verdict') return reply.verdict;
      return { ok: false, why: 'unreadable' };
    },
    async append(printed, appendix) {
      if (appendix.length === 0) return printed;
      const reply = await ask(
        { id: nextId++, kind: 'append', printed, appendix: [...appendix], limits },
        limits.appendMs,
      );
      if (reply instanceof ThreadLost)
        throw new Error(`appending the attached PDFs failed: ${reply.message}`);
      if (reply.kind === 'appended') return reply.bytes;
      throw new Error(
        `appending the attached PDFs failed: ${reply.kind === 'failed' ? reply.message : reply.kind}`,
      );
    },
    async close() {
      const running = starting === null ? null : await starting.catch(() => null);
      starting = null;
      if (running?.alive === true) end(running, new ThreadLost('the export is done'));
    },
  };
}
