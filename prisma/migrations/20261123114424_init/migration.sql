-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'HR', 'CX', 'MANAGER', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('CUSTOMER', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('PHONE', 'EMAIL', 'CHAT', 'STORE', 'FIELD');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('fr', 'en');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('DIRECTION', 'SERVICE', 'TEAM');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('ONE_OFF', 'MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "EmployeeEventType" AS ENUM ('ONBOARDING', 'JOB_CHANGE', 'ONE_TO_ONE', 'REORGANISATION', 'SUGGESTION_ANSWERED', 'HR_INTERVIEW');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "KpiKind" AS ENUM ('FIRST_CONTACT_RESOLUTION', 'AVERAGE_HANDLING_TIME', 'ABSENTEEISM', 'TURNOVER');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('NONE', 'PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'CLOSED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "brandColor" TEXT NOT NULL DEFAULT '#1d4ed8',
    "defaultLocale" "Locale" NOT NULL DEFAULT 'fr',
    "minGroupSize" INTEGER NOT NULL DEFAULT 5,
    "minVerbatimGroupSize" INTEGER NOT NULL DEFAULT 10,
    "linkExpiryDays" INTEGER NOT NULL DEFAULT 30,
    "webhookUrl" TEXT,
    "webhookSecret" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "kind" "TeamKind" NOT NULL DEFAULT 'TEAM',
    "externalId" TEXT,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'fr',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "teamId" UUID,
    "externalId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MomentOfTruth" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "side" "Side" NOT NULL,
    "key" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MomentOfTruth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MirroredItem" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "dimension" TEXT NOT NULL,
    "customerTextFr" TEXT NOT NULL,
    "customerTextEn" TEXT NOT NULL,
    "employeeTextFr" TEXT NOT NULL,
    "employeeTextEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "MirroredItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Irritant" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "side" "Side" NOT NULL,
    "key" TEXT NOT NULL,
    "labelFr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "mirrorId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Irritant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "momentOfTruthId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "locale" "Locale" NOT NULL,
    "externalId" TEXT,
    "agentExternalId" TEXT,
    "customerEmail" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailStatus" "EmailStatus" NOT NULL DEFAULT 'NONE',
    "emailAttempts" INTEGER NOT NULL DEFAULT 0,
    "emailLastError" TEXT,
    "emailSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyLink" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "tokenHash" BYTEA NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerResponse" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "momentOfTruthId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "locale" "Locale" NOT NULL,
    "submissionId" UUID NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "irritantOther" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerItemAnswer" (
    "organisationId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "value" SMALLINT NOT NULL,

    CONSTRAINT "CustomerItemAnswer_pkey" PRIMARY KEY ("responseId","itemId")
);

-- CreateTable
CREATE TABLE "CustomerResponseIrritant" (
    "organisationId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,

    CONSTRAINT "CustomerResponseIrritant_pkey" PRIMARY KEY ("responseId","irritantId")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "assigneeId" UUID,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pulse" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "opensAt" TIMESTAMPTZ(3) NOT NULL,
    "closesAt" TIMESTAMPTZ(3) NOT NULL,
    "cadence" "Cadence" NOT NULL DEFAULT 'ONE_OFF',
    "includeItems" BOOLEAN NOT NULL DEFAULT true,
    "includeIrritants" BOOLEAN NOT NULL DEFAULT true,
    "includeSuggestion" BOOLEAN NOT NULL DEFAULT true,
    "launchedAt" TIMESTAMPTZ(3),
    "closedEarlyAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pulse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseTeam" (
    "organisationId" UUID NOT NULL,
    "pulseId" UUID NOT NULL,
    "teamId" UUID NOT NULL,

    CONSTRAINT "PulseTeam_pkey" PRIMARY KEY ("pulseId","teamId")
);

-- CreateTable
CREATE TABLE "PulseParticipation" (
    "organisationId" UUID NOT NULL,
    "pulseId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "invitedAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),
    "answered" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PulseParticipation_pkey" PRIMARY KEY ("pulseId","membershipId")
);

-- CreateTable
CREATE TABLE "EmployeeEvent" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "type" "EmployeeEventType" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "surveyDueAt" TIMESTAMPTZ(3) NOT NULL,
    "invitedAt" TIMESTAMPTZ(3),
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployeeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployeeResponse" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "pulseId" UUID,
    "eventType" "EmployeeEventType",
    "teamId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "suggestion" TEXT,
    "irritantOther" TEXT,

    CONSTRAINT "EmployeeResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployeeItemAnswer" (
    "organisationId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "value" SMALLINT NOT NULL,

    CONSTRAINT "EmployeeItemAnswer_pkey" PRIMARY KEY ("responseId","itemId")
);

-- CreateTable
CREATE TABLE "EmployeeResponseIrritant" (
    "organisationId" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,

    CONSTRAINT "EmployeeResponseIrritant_pkey" PRIMARY KEY ("responseId","irritantId")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "ownerId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "dueDate" DATE,
    "budgetCents" INTEGER,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionIrritant" (
    "organisationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,

    CONSTRAINT "ActionIrritant_pkey" PRIMARY KEY ("actionId","irritantId")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "organisationId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "itemId" UUID NOT NULL,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("actionId","itemId")
);

-- CreateTable
CREATE TABLE "OperationalKpi" (
    "organisationId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "kind" "KpiKind" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "OperationalKpi_pkey" PRIMARY KEY ("organisationId","teamId","period","kind")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" BYTEA NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Team_organisationId_path_idx" ON "Team"("organisationId", "path");

-- CreateIndex
CREATE INDEX "Team_organisationId_parentId_idx" ON "Team"("organisationId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_organisationId_externalId_key" ON "Team"("organisationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_teamId_idx" ON "Membership"("organisationId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organisationId_userId_key" ON "Membership"("organisationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organisationId_externalId_key" ON "Membership"("organisationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "MomentOfTruth_organisationId_side_key_key" ON "MomentOfTruth"("organisationId", "side", "key");

-- CreateIndex
CREATE UNIQUE INDEX "MirroredItem_organisationId_dimension_key" ON "MirroredItem"("organisationId", "dimension");

-- CreateIndex
CREATE UNIQUE INDEX "Irritant_mirrorId_key" ON "Irritant"("mirrorId");

-- CreateIndex
CREATE UNIQUE INDEX "Irritant_organisationId_side_key_key" ON "Irritant"("organisationId", "side", "key");

-- CreateIndex
CREATE INDEX "Contact_organisationId_teamId_occurredAt_idx" ON "Contact"("organisationId", "teamId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_organisationId_externalId_key" ON "Contact"("organisationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_contactId_key" ON "SurveyLink"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyLink_tokenHash_key" ON "SurveyLink"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerResponse_contactId_key" ON "CustomerResponse"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerResponse_submissionId_key" ON "CustomerResponse"("submissionId");

-- CreateIndex
CREATE INDEX "CustomerResponse_organisationId_teamId_submittedAt_idx" ON "CustomerResponse"("organisationId", "teamId", "submittedAt");

-- CreateIndex
CREATE INDEX "CustomerResponse_organisationId_submittedAt_idx" ON "CustomerResponse"("organisationId", "submittedAt");

-- CreateIndex
CREATE INDEX "CustomerItemAnswer_organisationId_itemId_idx" ON "CustomerItemAnswer"("organisationId", "itemId");

-- CreateIndex
CREATE INDEX "CustomerResponseIrritant_organisationId_irritantId_idx" ON "CustomerResponseIrritant"("organisationId", "irritantId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_responseId_key" ON "FollowUp"("responseId");

-- CreateIndex
CREATE INDEX "FollowUp_organisationId_teamId_status_idx" ON "FollowUp"("organisationId", "teamId", "status");

-- CreateIndex
CREATE INDEX "Pulse_organisationId_opensAt_idx" ON "Pulse"("organisationId", "opensAt");

-- CreateIndex
CREATE INDEX "Pulse_organisationId_seriesId_idx" ON "Pulse"("organisationId", "seriesId");

-- CreateIndex
CREATE INDEX "PulseTeam_organisationId_teamId_idx" ON "PulseTeam"("organisationId", "teamId");

-- CreateIndex
CREATE INDEX "PulseParticipation_organisationId_membershipId_idx" ON "PulseParticipation"("organisationId", "membershipId");

-- CreateIndex
CREATE INDEX "EmployeeEvent_organisationId_surveyDueAt_idx" ON "EmployeeEvent"("organisationId", "surveyDueAt");

-- CreateIndex
CREATE INDEX "EmployeeResponse_organisationId_teamId_period_idx" ON "EmployeeResponse"("organisationId", "teamId", "period");

-- CreateIndex
CREATE INDEX "EmployeeResponse_organisationId_pulseId_idx" ON "EmployeeResponse"("organisationId", "pulseId");

-- CreateIndex
CREATE INDEX "EmployeeItemAnswer_organisationId_itemId_idx" ON "EmployeeItemAnswer"("organisationId", "itemId");

-- CreateIndex
CREATE INDEX "EmployeeResponseIrritant_organisationId_irritantId_idx" ON "EmployeeResponseIrritant"("organisationId", "irritantId");

-- CreateIndex
CREATE INDEX "Action_organisationId_teamId_status_idx" ON "Action"("organisationId", "teamId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_organisationId_idx" ON "ApiKey"("organisationId");

-- CreateIndex
CREATE INDEX "AuditLog_organisationId_createdAt_idx" ON "AuditLog"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MomentOfTruth" ADD CONSTRAINT "MomentOfTruth_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MirroredItem" ADD CONSTRAINT "MirroredItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Irritant" ADD CONSTRAINT "Irritant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Irritant" ADD CONSTRAINT "Irritant_mirrorId_fkey" FOREIGN KEY ("mirrorId") REFERENCES "Irritant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_momentOfTruthId_fkey" FOREIGN KEY ("momentOfTruthId") REFERENCES "MomentOfTruth"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyLink" ADD CONSTRAINT "SurveyLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyLink" ADD CONSTRAINT "SurveyLink_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_momentOfTruthId_fkey" FOREIGN KEY ("momentOfTruthId") REFERENCES "MomentOfTruth"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerItemAnswer" ADD CONSTRAINT "CustomerItemAnswer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerItemAnswer" ADD CONSTRAINT "CustomerItemAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CustomerResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerItemAnswer" ADD CONSTRAINT "CustomerItemAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MirroredItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseIrritant" ADD CONSTRAINT "CustomerResponseIrritant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseIrritant" ADD CONSTRAINT "CustomerResponseIrritant_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CustomerResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerResponseIrritant" ADD CONSTRAINT "CustomerResponseIrritant_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "CustomerResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pulse" ADD CONSTRAINT "Pulse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseTeam" ADD CONSTRAINT "PulseTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseTeam" ADD CONSTRAINT "PulseTeam_pulseId_fkey" FOREIGN KEY ("pulseId") REFERENCES "Pulse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseTeam" ADD CONSTRAINT "PulseTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_pulseId_fkey" FOREIGN KEY ("pulseId") REFERENCES "Pulse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeEvent" ADD CONSTRAINT "EmployeeEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeEvent" ADD CONSTRAINT "EmployeeEvent_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_pulseId_fkey" FOREIGN KEY ("pulseId") REFERENCES "Pulse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeItemAnswer" ADD CONSTRAINT "EmployeeItemAnswer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeItemAnswer" ADD CONSTRAINT "EmployeeItemAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EmployeeResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeItemAnswer" ADD CONSTRAINT "EmployeeItemAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MirroredItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseIrritant" ADD CONSTRAINT "EmployeeResponseIrritant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseIrritant" ADD CONSTRAINT "EmployeeResponseIrritant_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EmployeeResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponseIrritant" ADD CONSTRAINT "EmployeeResponseIrritant_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionIrritant" ADD CONSTRAINT "ActionIrritant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionIrritant" ADD CONSTRAINT "ActionIrritant_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionIrritant" ADD CONSTRAINT "ActionIrritant_irritantId_fkey" FOREIGN KEY ("irritantId") REFERENCES "Irritant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MirroredItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationalKpi" ADD CONSTRAINT "OperationalKpi_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationalKpi" ADD CONSTRAINT "OperationalKpi_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
