-- CreateTable
CREATE TABLE "ManagedTeam" (
    "organisationId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagedTeam_pkey" PRIMARY KEY ("membershipId","teamId")
);

-- CreateIndex
CREATE INDEX "ManagedTeam_organisationId_teamId_idx" ON "ManagedTeam"("organisationId", "teamId");

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedTeam" ADD CONSTRAINT "ManagedTeam_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
