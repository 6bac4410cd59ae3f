// Pure: a job that should run less often than the runner ticks (every few seconds).

/** Runs `run` at most once per `ms` in this process (the first call runs it); otherwise a no-op. */
export function atMostEvery(ms: number, run: () => Promise<unknown>, now: () => number = Date.now): () => Promise<unknown> {
  let last = -Infinity;
  return async () => {
    if (now() - last < ms) return undefined;
    last = now();
    return run();
  };
}
