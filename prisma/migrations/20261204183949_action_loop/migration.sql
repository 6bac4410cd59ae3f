-- CreateEnum
CREATE TYPE "ActionOrigin" AS ENUM ('TEAM', 'IRRITANT', 'ITEM', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "IrritantSource" AS ENUM ('SURVEY', 'WORKSHOP');

-- CreateEnum
CREATE TYPE "DetractorAlertMode" AS ENUM ('IMMEDIATE', 'DAILY', 'OFF');

-- CreateEnum
CREATE TYPE "FollowUpEventKind" AS ENUM ('CREATED', 'ASSIGNED', 'STATUS', 'NOTE', 'DUE', 'EMAIL_REVEALED', 'ACTION_LINKED');

-- AlterEnum (hand-written: a cancelled action becomes dropped, the other values keep their name)
CREATE TYPE "ActionStatus_new" AS ENUM ('PROPOSED', 'PLANNED', 'IN_PROGRESS', 'DONE', 'MEASURED', 'DROPPED');
ALTER TABLE "Action" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Action" ALTER COLUMN "status" TYPE "ActionStatus_new" USING ((CASE "status"::text WHEN 'CANCELLED' THEN 'DROPPED' ELSE "status"::text END)::"ActionStatus_new");
ALTER TYPE "ActionStatus" RENAME TO "ActionStatus_old";
ALTER TYPE "ActionStatus_new" RENAME TO "ActionStatus";
DROP TYPE "ActionStatus_old";
ALTER TABLE "Action" ALTER COLUMN "status" SET DEFAULT 'PROPOSED';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "detractorAlerts" "DetractorAlertMode" NOT NULL DEFAULT 'IMMEDIATE',
ADD COLUMN     "lastDigestAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "dueOn" DATE,
ADD COLUMN     "notifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "overdueRemindedAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "doneAt" TIMESTAMPTZ(3),
ADD COLUMN     "origin" "ActionOrigin" NOT NULL DEFAULT 'TEAM',
ADD COLUMN     "publishedSummary" TEXT,
ADD COLUMN     "spentCents" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "status" SET DEFAULT 'PROPOSED';

-- CreateTable
CREATE TABLE "FollowUpEvent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "followUpId" UUID NOT NULL,
    "actorId" UUID,
    "kind" "FollowUpEventKind" NOT NULL,
    "assigneeId" UUID,
    "status" "FollowUpStatus",
    "dueOn" DATE,
    "body" TEXT,
    "actionId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpAction" (
    "organisationId" UUID NOT NULL,
    "followUpId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpAction_pkey" PRIMARY KEY ("followUpId","actionId")
);

-- CreateTable
CREATE TABLE "ActionTeam" (
    "organisationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "teamId" UUID NOT NULL,

    CONSTRAINT "ActionTeam_pkey" PRIMARY KEY ("actionId","teamId")
);

-- CreateTable
CREATE TABLE "ActionComment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionEvent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "actorId" UUID,
    "fromStatus" "ActionStatus",
    "toStatus" "ActionStatus",
    "changes" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolboxBudget" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ToolboxBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolboxAllocation" (
    "organisationId" UUID NOT NULL,
    "budgetId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "ToolboxAllocation_pkey" PRIMARY KEY ("budgetId","teamId")
);

-- CreateTable
CREATE TABLE "TeamIrritant" (
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,
    "source" "IrritantSource" NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "eliminatedAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "updatedById" UUID,

    CONSTRAINT "TeamIrritant_pkey" PRIMARY KEY ("teamId","irritantId")
);

-- CreateIndex
CREATE INDEX "FollowUpEvent_followUpId_createdAt_idx" ON "FollowUpEvent"("followUpId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUpEvent_organisationId_idx" ON "FollowUpEvent"("organisationId");

-- CreateIndex
CREATE INDEX "FollowUpAction_organisationId_actionId_idx" ON "FollowUpAction"("organisationId", "actionId");

-- CreateIndex
CREATE INDEX "ActionTeam_organisationId_teamId_idx" ON "ActionTeam"("organisationId", "teamId");

-- CreateIndex
CREATE INDEX "ActionComment_actionId_createdAt_idx" ON "ActionComment"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ActionComment_organisationId_idx" ON "ActionComment"("organisationId");

-- CreateIndex
CREATE INDEX "ActionEvent_actionId_createdAt_idx" ON "ActionEvent"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ActionEvent_organisationId_idx" ON "ActionEvent"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ToolboxBudget_organisationId_year_key" ON "ToolboxBudget"("organisationId", "year");

-- CreateIndex
CREATE INDEX "ToolboxAllocation_organisationId_teamId_idx" ON "ToolboxAllocation"("organisationId", "teamId");

-- CreateIndex
CREATE INDEX "TeamIrritant_organisationId_irritantId_idx" ON "TeamIrritant"("organisationId", "irritantId");

-- CreateIndex
CREATE INDEX "FollowUp_organisationId_createdAt_id_idx" ON "FollowUp"("organisationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "FollowUp_organisationId_assigneeId_status_idx" ON "FollowUp"("organisationId", "assigneeId", "status");

-- CreateIndex
CREATE INDEX "Action_organisationId_createdAt_id_idx" ON "Action"("organisationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Action_organisationId_ownerId_idx" ON "Action"("organisationId", "ownerId");

-- CreateIndex
CREATE INDEX "Action_organisationId_status_dueDate_idx" ON "Action"("organisationId", "status", "dueDate");

-- AddForeignKey
ALTER TABLE "FollowUpEvent" ADD CONSTRAINT "FollowUpEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpEvent" ADD CONSTRAINT "FollowUpEvent_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpEvent" ADD CONSTRAINT "FollowUpEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpAction" ADD CONSTRAINT "FollowUpAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTeam" ADD CONSTRAINT "ActionTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTeam" ADD CONSTRAINT "ActionTeam_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTeam" ADD CONSTRAINT "ActionTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionEvent" ADD CONSTRAINT "ActionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolboxBudget" ADD CONSTRAINT "ToolboxBudget_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolboxAllocation" ADD CONSTRAINT "ToolboxAllocation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolboxAllocation" ADD CONSTRAINT "ToolboxAllocation_budgetId_fkey" FOREIGN KEY ("budgetId") REFERENCES "ToolboxBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolboxAllocation" ADD CONSTRAINT "ToolboxAllocation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamIrritant" ADD CONSTRAINT "TeamIrritant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamIrritant" ADD CONSTRAINT "TeamIrritant_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamIrritant" ADD CONSTRAINT "TeamIrritant_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: existing rows get what the new rules expect. A done action has its done date, every
-- action concerns its owning team, every follow-up has its creation in its history, and the detractors
-- already there count as told (the notifier must not mail the whole past on its first run).
UPDATE "Action" SET "doneAt" = "updatedAt" WHERE "status" IN ('DONE', 'MEASURED') AND "doneAt" IS NULL;
UPDATE "Action" SET "publishedSummary" = COALESCE("description", "title") WHERE "publishedAt" IS NOT NULL AND "publishedSummary" IS NULL;
INSERT INTO "ActionTeam" ("organisationId", "actionId", "teamId") SELECT "organisationId", "id", "teamId" FROM "Action" ON CONFLICT DO NOTHING;
INSERT INTO "FollowUpEvent" ("id", "organisationId", "followUpId", "kind", "assigneeId", "status", "createdAt")
  SELECT gen_random_uuid(), "organisationId", "id", 'CREATED', "assigneeId", "status", "createdAt" FROM "FollowUp";
UPDATE "FollowUp" SET "notifiedAt" = "createdAt" WHERE "notifiedAt" IS NULL;

-- Hand-written: ranges and lengths.
ALTER TABLE "Action" ADD CONSTRAINT "Action_title_check" CHECK (char_length("title") BETWEEN 1 AND 200);
ALTER TABLE "Action" ADD CONSTRAINT "Action_description_check" CHECK ("description" IS NULL OR char_length("description") <= 5000);
ALTER TABLE "Action" ADD CONSTRAINT "Action_budget_check" CHECK (("budgetCents" IS NULL OR "budgetCents" >= 0) AND "spentCents" >= 0);
ALTER TABLE "Action" ADD CONSTRAINT "Action_done_check" CHECK (("doneAt" IS NOT NULL) = ("status" IN ('DONE', 'MEASURED')));
ALTER TABLE "Action" ADD CONSTRAINT "Action_published_check" CHECK ("publishedAt" IS NULL OR ("publishedSummary" IS NOT NULL AND char_length("publishedSummary") BETWEEN 1 AND 2000));
ALTER TABLE "ActionComment" ADD CONSTRAINT "ActionComment_body_check" CHECK (char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "ToolboxBudget" ADD CONSTRAINT "ToolboxBudget_amount_check" CHECK ("amountCents" >= 0 AND "year" BETWEEN 2000 AND 2100);
ALTER TABLE "ToolboxAllocation" ADD CONSTRAINT "ToolboxAllocation_amount_check" CHECK ("amountCents" >= 0);
ALTER TABLE "FollowUpEvent" ADD CONSTRAINT "FollowUpEvent_body_check" CHECK ("body" IS NULL OR char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_note_check" CHECK ("note" IS NULL OR char_length("note") <= 2000);
ALTER TABLE "TeamIrritant" ADD CONSTRAINT "TeamIrritant_note_check" CHECK ("note" IS NULL OR char_length("note") <= 1000);

-- Hand-written (issue 14 §6): API keys may hold "actions:read" and "actions:write".
ALTER TABLE "ApiKey" DROP CONSTRAINT "ApiKey_scopes_check";
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scopes_check" CHECK ("scopes" <@ ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write', 'directory:write', 'catalogue:read', 'actions:read', 'actions:write']::TEXT[]);
