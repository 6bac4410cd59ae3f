// The background jobs the runner calls each tick. Each claims its work in PostgreSQL with
// FOR UPDATE SKIP LOCKED, so any number of runners (Next servers, workers) may run them.
import { sendDueLinkEmails } from "@/lib/db/contacts/send-due-link-emails";
import { pruneRateLimits } from "@/lib/db/rate-limit";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { atMostEvery } from "./throttle";

export interface Job {
  name: string;
  run: () => Promise<unknown>;
}

export const registeredJobs: readonly Job[] = [
  { name: "survey-link-emails", run: () => sendDueLinkEmails() },
  { name: "webhooks", run: () => deliverDueWebhooks() },
  // Invalid-token counters of windows that ended a day ago or more: hourly is plenty.
  { name: "rate-limit-prune", run: atMostEvery(3_600_000, () => pruneRateLimits()) },
];
