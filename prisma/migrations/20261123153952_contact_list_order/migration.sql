-- CreateIndex
CREATE INDEX "Contact_organisationId_occurredAt_id_idx" ON "Contact"("organisationId", "occurredAt", "id");
