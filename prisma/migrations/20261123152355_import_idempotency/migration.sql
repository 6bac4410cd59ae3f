-- AlterTable
ALTER TABLE "ResponseImport" ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "requestHash" TEXT,
ADD COLUMN     "response" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "ResponseImport_organisationId_idempotencyKey_key" ON "ResponseImport"("organisationId", "idempotencyKey");
