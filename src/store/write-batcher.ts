/**
 * Group commit for single-row writes: the writes that arrive in one turn of the event loop, and those that
 * arrive while a batch is running, go together in one statement (one parse, one plan, one commit). PGlite
 * runs a statement without yielding to the event loop, so without the short wait for the turn to end no two
 * requests would ever meet; a commit there costs several times a row. When a batch fails, each of its writes
 * is run alone, so a caller gets its own answer or its own error.
 */
export function createWriteBatcher<T, R>(run: (items: T[]) => Promise<R[]>, { max = 200 }: { max?: number } = {}): (item: T) => Promise<R> {
  let queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  let running = false;

  const alone = async (w: (typeof queue)[number]) => {
    try {
      const [r] = await run([w.item]);
      w.resolve(r!);
    } catch (err) {
      w.reject(err);
    }
  };

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, max);
        queue = queue.slice(batch.length);
        if (batch.length === 1) {
          await alone(batch[0]!);
          continue;
        }
        let results: R[] | null = null;
        try {
          results = await run(batch.map((w) => w.item));
        } catch {
          results = null;
        }
        if (results && results.length === batch.length) batch.forEach((w, i) => w.resolve(results[i]!));
        else for (const w of batch) await alone(w);
      }
    } finally {
      running = false;
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) {
        running = true;
        setImmediate(() => void drain());
      }
    });
}
