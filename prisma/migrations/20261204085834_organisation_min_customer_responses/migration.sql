-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "minCustomerResponses" INTEGER NOT NULL DEFAULT 10;

-- Hand-written: the customer minimum n (docs/statistics.md "Too few customer answers") is 1 to 1000.
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_minCustomerResponses_check" CHECK ("minCustomerResponses" BETWEEN 1 AND 1000);
