// One surface that prints the report's HTML to PDF (a hidden window in the app, a page in the tests and
// the bench), made on first use and kept for the next export: making it costs more than printing a
// 10-record report on it. Prints run one at a time; a quiet spell, or a print that failed, lets it go.
// It can be made ready before an export is asked for (the Proof tab opened): opened, and the report
// printed on it once, since the first print on a new surface costs several later ones.

export interface PrintSurface<S> {
  open: () => Promise<S>;
  print: (surface: S, html: string) => Promise<Uint8Array>;
  close: (surface: S) => Promise<void> | void;
  /** False once the surface is gone by other means (its window closed, its page crashed). */
  alive: (surface: S) => boolean;
}

/** How long a surface is kept after its last print: a burst of exports reuses it, a finished one frees it. */
export const KEEP_SURFACE_MS = 60_000;

export interface ReusedPrinter {
  print: (html: string) => Promise<Uint8Array>;
  /**
   * Readies the surface for an export to come: one already open is kept another quiet spell; else one
   * is opened and `page()`'s HTML printed on it once, the PDF dropped.
   */
  prepare: (page: () => Promise<string>) => Promise<void>;
  /** Lets the surface go now (the app's window closed); the next print makes a new one. */
  dispose: () => Promise<void>;
}

export function reusedPrinter<S>(surface: PrintSurface<S>, keepMs = KEEP_SURFACE_MS): ReusedPrinter {
  let current: S | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;
  // The tail of the queue: each print (and each letting go) starts after the one before it has settled.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const done = queue.then(job);
    queue = done.catch(() => undefined);
    return done;
  };
  const release = async () => {
    if (idle) clearTimeout(idle);
    idle = null;
    const held = current;
    current = null;
    if (held !== null && surface.alive(held)) await surface.close(held);
  };
  /** (Re)starts the quiet spell after which the surface is let go. */
  const keep = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void enqueue(release).catch(() => undefined), keepMs);
    // Waiting to free a window must not keep a finished process (a test run, the bench) alive.
    idle.unref?.();
  };
  const live = () => current !== null && surface.alive(current);
  const printNow = async (html: string) => {
    if (idle) clearTimeout(idle);
    if (!live()) current = null;
    current ??= await surface.open();
    try {
      return await surface.print(current, html);
    } catch (error) {
      // A surface that failed once may be stuck half-way through a load: the next export starts afresh.
      await release().catch(() => undefined);
      throw error;
    } finally {
      if (current !== null) keep();
    }
  };
  return {
    print: (html) => enqueue(() => printNow(html)),
    prepare: (page) =>
      enqueue(async () => {
        if (live()) keep();
        else await printNow(await page());
      }),
    dispose: () => enqueue(release),
  };
}
