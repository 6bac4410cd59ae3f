-- CreateEnum
CREATE TYPE "EmailTemplateKind" AS ENUM ('SURVEY_LINK', 'PULSE_INVITATION', 'PULSE_REMINDER');

-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'UNSUBSCRIBED';

-- CreateTable
CREATE TABLE "SurveyWording" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "side" "Side" NOT NULL,
    "name" TEXT,
    "intro" TEXT,
    "thankYou" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyWording_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailTemplate" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "kind" "EmailTemplateKind" NOT NULL,
    "locale" "Locale" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailSuppression" (
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailSuppression_pkey" PRIMARY KEY ("organisationId","email")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWording_organisationId_locale_side_key" ON "SurveyWording"("organisationId", "locale", "side");

-- CreateIndex
CREATE UNIQUE INDEX "EmailTemplate_organisationId_kind_locale_key" ON "EmailTemplate"("organisationId", "kind", "locale");

-- AddForeignKey
ALTER TABLE "SurveyWording" ADD CONSTRAINT "SurveyWording_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailTemplate" ADD CONSTRAINT "EmailTemplate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailSuppression" ADD CONSTRAINT "EmailSuppression_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Lengths (the forms say the same) and the normalised address
ALTER TABLE "SurveyWording" ADD CONSTRAINT "SurveyWording_name_check" CHECK ("name" IS NULL OR char_length("name") BETWEEN 1 AND 120);
ALTER TABLE "SurveyWording" ADD CONSTRAINT "SurveyWording_intro_check" CHECK ("intro" IS NULL OR char_length("intro") BETWEEN 1 AND 1000);
ALTER TABLE "SurveyWording" ADD CONSTRAINT "SurveyWording_thankYou_check" CHECK ("thankYou" IS NULL OR char_length("thankYou") BETWEEN 1 AND 1000);
ALTER TABLE "EmailTemplate" ADD CONSTRAINT "EmailTemplate_subject_check" CHECK (char_length("subject") BETWEEN 1 AND 200);
ALTER TABLE "EmailTemplate" ADD CONSTRAINT "EmailTemplate_body_check" CHECK (char_length("body") BETWEEN 1 AND 5000);
ALTER TABLE "EmailSuppression" ADD CONSTRAINT "EmailSuppression_email_check" CHECK (char_length("email") BETWEEN 3 AND 320 AND "email" = lower("email"));
