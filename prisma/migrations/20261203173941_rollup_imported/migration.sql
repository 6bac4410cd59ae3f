-- AlterTable
ALTER TABLE "EmployeeRollup" ADD COLUMN     "imported" INTEGER NOT NULL DEFAULT 0;
