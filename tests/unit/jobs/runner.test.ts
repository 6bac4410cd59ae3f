// The job loop: passes never overlap, a failing job neither stops the others nor the loop,
// and stop() waits for the pass under way. Driven by promises the test resolves, not by time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { runJobsOnce, startJobRunner } from "@/lib/jobs/runner";
import { atMostEvery } from "@/lib/jobs/throttle";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => vi.restoreAllMocks());

describe("runJobsOnce", () => {
  it("logs a failing job and still runs the next one", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    const calls: string[] = [];
    await runJobsOnce([
      { name: "broken", run: async () => { calls.push("broken"); throw new Error("SMTP exploded"); } },
      { name: "fine", run: async () => void calls.push("fine") },
    ]);
    expect(calls).toEqual(["broken", "fine"]);
    expect(errors).toEqual(["[jobs] broken failed: SMTP exploded"]);
  });
});

describe("startJobRunner", () => {
  it("never starts a pass while the previous one runs, and stop() waits for it", async () => {
    let running = 0;
    let maxRunning = 0;
    let passes = 0;
    const gates = [deferred(), deferred(), deferred()];
    const started = [deferred(), deferred(), deferred()];
    const job = {
      name: "slow",
      run: async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        const pass = passes++;
        started[pass]?.resolve();
        await gates[pass]?.promise;
        running--;
      },
    };
    // Interval 0: without the guard, passes would pile up at once.
    const stop = startJobRunner({ intervalMs: 0, jobs: [job] });
    await started[0]!.promise;
    gates[0]!.resolve();
    await started[1]!.promise;
    const stopped = stop();
    let stopResolved = false;
    void stopped.then(() => (stopResolved = true));
    await Promise.resolve();
    expect(stopResolved).toBe(false); // the second pass is still under way
    gates[1]!.resolve();
    await stopped;
    expect(passes).toBe(2); // nothing scheduled after stop()
    expect(maxRunning).toBe(1);
  });
});

describe("atMostEvery", () => {
  it("runs on the first call, then not again until the period has passed", async () => {
    let clock = 1_000;
    let runs = 0;
    const job = atMostEvery(60_000, async () => (runs += 1), () => clock);
    await job();
    expect(runs).toBe(1);
    clock += 59_999;
    await job();
    expect(runs).toBe(1);
    clock += 1;
    await job();
    expect(runs).toBe(2);
  });
});
