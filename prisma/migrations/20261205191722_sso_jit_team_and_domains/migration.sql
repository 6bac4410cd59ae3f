-- CreateIndex
CREATE INDEX "OrganisationSso_allowedDomains_idx" ON "OrganisationSso" USING GIN ("allowedDomains");

-- AddForeignKey
ALTER TABLE "OrganisationSso" ADD CONSTRAINT "OrganisationSso_jitTeamId_fkey" FOREIGN KEY ("jitTeamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
