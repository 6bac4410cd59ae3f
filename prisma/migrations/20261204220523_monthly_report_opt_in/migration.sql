-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "monthlyReport" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "monthlyReportMonth" DATE;

-- Hand-written: the month last sent is a month's first day.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_monthlyReportMonth_check" CHECK ("monthlyReportMonth" IS NULL OR extract(day FROM "monthlyReportMonth") = 1);
