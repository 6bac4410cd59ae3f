-- AlterTable
ALTER TABLE "Pulse" ADD COLUMN     "wholeOrganisation" BOOLEAN NOT NULL DEFAULT false;
