// The background jobs the runner calls each tick. Each claims its work in PostgreSQL with
// FOR UPDATE SKIP LOCKED, so any number of runners (Next servers, workers) may run them.
import { sendDueLinkEmails } from "@/lib/db/contacts/send-due-link-emails";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";

export interface Job {
  name: string;
  run: () => Promise<unknown>;
}

export const registeredJobs: readonly Job[] = [
  { name: "survey-link-emails", run: () => sendDueLinkEmails() },
  { name: "webhooks", run: () => deliverDueWebhooks() },
];
