-- AlterTable
ALTER TABLE "Pulse" ADD COLUMN     "reminderDays" INTEGER[] DEFAULT ARRAY[3]::INTEGER[];

-- AlterTable
ALTER TABLE "PulseParticipation" ADD COLUMN     "remindersSent" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: a pulse plans 0 to 2 reminders, distinct, each 1 to 365 days before closing (issue 13 §2).
-- Existing pulses keep the one reminder 3 days before closing (the column default). Prisma keeps a
-- list column nullable, so the CHECK is what refuses a NULL plan.
UPDATE "Pulse" SET "reminderDays" = ARRAY[3]::INTEGER[] WHERE "reminderDays" IS NULL;
ALTER TABLE "Pulse" ADD CONSTRAINT "Pulse_reminderDays_check" CHECK (
  "reminderDays" IS NOT NULL
  AND cardinality("reminderDays") <= 2
  AND 1 <= ALL ("reminderDays") AND 365 >= ALL ("reminderDays")
  AND (cardinality("reminderDays") < 2 OR "reminderDays"[1] <> "reminderDays"[2])
);

-- Hand-written: who was already reminded counts one reminder sent, so none goes twice.
UPDATE "PulseParticipation" SET "remindersSent" = 1 WHERE "remindedAt" IS NOT NULL;
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_remindersSent_check" CHECK ("remindersSent" BETWEEN 0 AND 2);
