-- Hand-written (issue 14 §4): the detractor-alert drain looks for new follow-ups and for overdue ones
-- every few seconds. Partial indexes keep those looks to the few rows concerned.
CREATE INDEX "FollowUp_notify_pending_idx" ON "FollowUp" ("createdAt") WHERE "notifiedAt" IS NULL;
CREATE INDEX "FollowUp_overdue_pending_idx" ON "FollowUp" ("dueOn") WHERE "overdueRemindedAt" IS NULL AND "dueOn" IS NOT NULL AND status <> 'CLOSED';
