-- AlterEnum
ALTER TYPE "Channel" ADD VALUE 'UNKNOWN';

-- AlterTable
ALTER TABLE "CustomerResponse" ADD COLUMN     "importId" UUID,
ALTER COLUMN "contactId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "EmployeeResponse" ADD COLUMN     "importId" UUID;

-- CreateTable
CREATE TABLE "ResponseImport" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "apiKeyId" UUID,
    "side" "Side",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "customerRows" INTEGER NOT NULL,
    "employeeRows" INTEGER NOT NULL,

    CONSTRAINT "ResponseImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseImport_organisationId_createdAt_idx" ON "ResponseImport"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "CustomerResponse_importId_idx" ON "CustomerResponse"("importId");

-- CreateIndex
CREATE INDEX "EmployeeResponse_importId_idx" ON "EmployeeResponse"("importId");

-- AddForeignKey
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ResponseImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ResponseImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseImport" ADD CONSTRAINT "ResponseImport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseImport" ADD CONSTRAINT "ResponseImport_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (not in schema.snapshot.prisma, see the checks migration).
-- adapter-pg runs a migration split on semicolons: keep them out of comments and literals.

-- A customer answer comes either from a contact's survey link or from an import, never both.
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_contact_or_import_check" CHECK (num_nonnulls("contactId", "importId") = 1);

-- An imported employee answer belongs to no pulse and no employee moment of truth.
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_import_origin_check" CHECK ("importId" IS NULL OR ("pulseId" IS NULL AND "eventType" IS NULL));

-- An import stores at least one answer, and its side says which sides it holds (null: both).
ALTER TABLE "ResponseImport" ADD CONSTRAINT "ResponseImport_rows_check" CHECK (
  "customerRows" >= 0 AND "employeeRows" >= 0 AND "customerRows" + "employeeRows" > 0
  AND CASE "side"
        WHEN 'CUSTOMER' THEN "employeeRows" = 0
        WHEN 'EMPLOYEE' THEN "customerRows" = 0
        ELSE "customerRows" > 0 AND "employeeRows" > 0
      END
);
