-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "syncCreatesEvents" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");
