-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EmployeeEventType" ADD VALUE 'RECRUITMENT';
ALTER TYPE "EmployeeEventType" ADD VALUE 'FIRST_TOOLS';

-- AlterTable
ALTER TABLE "MomentOfTruth" ADD COLUMN     "employeeMomentId" UUID,
ADD COLUMN     "eventType" "EmployeeEventType",
ADD COLUMN     "pulseDelayDays" INTEGER,
ADD COLUMN     "triggersPulse" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "MomentOfTruth_organisationId_eventType_key" ON "MomentOfTruth"("organisationId", "eventType");

-- AddForeignKey
ALTER TABLE "MomentOfTruth" ADD CONSTRAINT "MomentOfTruth_employeeMomentId_fkey" FOREIGN KEY ("employeeMomentId") REFERENCES "MomentOfTruth"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a personal pulse is due 1 to 365 days after its moment, a pairing points from a customer
-- moment only, and the event type and the trigger belong to employee moments only.
ALTER TABLE "MomentOfTruth" ADD CONSTRAINT "MomentOfTruth_pulseDelayDays_check" CHECK ("pulseDelayDays" BETWEEN 1 AND 365);
ALTER TABLE "MomentOfTruth" ADD CONSTRAINT "MomentOfTruth_side_fields_check" CHECK (
  (side = 'CUSTOMER' AND "eventType" IS NULL AND NOT "triggersPulse" AND "pulseDelayDays" IS NULL)
  OR (side = 'EMPLOYEE' AND "employeeMomentId" IS NULL));
ALTER TABLE "MomentOfTruth" ADD CONSTRAINT "MomentOfTruth_trigger_delay_check" CHECK (NOT "triggersPulse" OR "pulseDelayDays" IS NOT NULL);
