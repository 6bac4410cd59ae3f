-- CreateTable
CREATE TABLE "EmployeeBallot" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "pulseId" UUID,
    "eventType" "EmployeeEventType",
    "teamId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "suggestion" TEXT,
    "irritantOther" TEXT,
    "items" JSONB NOT NULL DEFAULT '{}',
    "irritantIds" UUID[] DEFAULT ARRAY[]::UUID[],

    CONSTRAINT "EmployeeBallot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmployeeBallot_organisationId_period_idx" ON "EmployeeBallot"("organisationId", "period");

-- AddForeignKey
ALTER TABLE "EmployeeBallot" ADD CONSTRAINT "EmployeeBallot_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeBallot" ADD CONSTRAINT "EmployeeBallot_pulseId_fkey" FOREIGN KEY ("pulseId") REFERENCES "Pulse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeBallot" ADD CONSTRAINT "EmployeeBallot_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
