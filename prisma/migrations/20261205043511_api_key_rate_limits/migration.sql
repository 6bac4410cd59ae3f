-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "requestsPerMinute" INTEGER DEFAULT 600;
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_requestsPerMinute_check" CHECK ("requestsPerMinute" IS NULL OR "requestsPerMinute" BETWEEN 1 AND 1000000);
