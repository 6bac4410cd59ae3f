// A drain empties a PostgreSQL work table whose rows are claimed with FOR UPDATE SKIP LOCKED
// and a lease (contacts' link emails, the webhook outbox). Its pg-boss job runs once, then
// queues its own next run DRAIN_PAUSE_SECONDS later (at once when a full batch suggests more
// is due): new work goes out within seconds without any call from the code that created it,
// so the customer answer path keeps its single statement. The queue's "short" policy holds at
// most one queued run, so arming again (every worker at start, the minute sweep) never
// multiplies the chain; the sweep re-arms a chain a crashed process broke.
import type PgBoss from "pg-boss";
import { logJobError } from "./boss";

export const DRAIN_PAUSE_SECONDS = 3;

export interface Drain {
  queue: string;
  /** One pass; true when it filled its batch and more may be due now. */
  run: () => Promise<boolean>;
}

/** Queues the drain's next run unless one is queued already (then pg-boss answers null). */
export async function armDrain(boss: PgBoss, queue: string, startAfterSeconds = 0): Promise<void> {
  await boss.send(queue, {}, { startAfter: startAfterSeconds });
}

/** Works the drain's queue in this process and arms it. A failing pass is logged; the chain goes on. */
export async function workDrain(boss: PgBoss, drain: Drain, pollingIntervalSeconds: number): Promise<void> {
  await boss.work(drain.queue, { pollingIntervalSeconds }, async () => {
    let more = false;
    try {
      more = await drain.run();
    } catch (error) {
      logJobError(drain.queue, error);
    }
    await armDrain(boss, drain.queue, more ? 0 : DRAIN_PAUSE_SECONDS);
  });
  await armDrain(boss, drain.queue);
}
