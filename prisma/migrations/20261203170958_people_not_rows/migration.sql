-- AlterTable
ALTER TABLE "EmployeeRollup" ADD COLUMN     "people" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EmployeeRespondent" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "personId" UUID NOT NULL,

    CONSTRAINT "EmployeeRespondent_pkey" PRIMARY KEY ("organisationId","period","teamId","personId")
);

-- AddForeignKey
ALTER TABLE "EmployeeRespondent" ADD CONSTRAINT "EmployeeRespondent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (issue 11 §2): the people who already answered, from the participation rows, with
-- the month their answers carry (pulse: the Paris month its window closed in, personal pulse:
-- the Paris month of its due date, the rule of the code that wrote them) and their team today.
INSERT INTO "EmployeeRespondent" ("organisationId", period, "teamId", "personId")
SELECT DISTINCT pp."organisationId", date_trunc('month', p."closesAt" AT TIME ZONE 'Europe/Paris')::date, m."teamId", m.id
FROM "PulseParticipation" pp
JOIN "Pulse" p ON p.id = pp."pulseId"
JOIN "Membership" m ON m.id = pp."membershipId"
WHERE pp.answered AND m."teamId" IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO "EmployeeRespondent" ("organisationId", period, "teamId", "personId")
SELECT DISTINCT e."organisationId", date_trunc('month', e."surveyDueAt" AT TIME ZONE 'Europe/Paris')::date, m."teamId", m.id
FROM "EmployeeEvent" e
JOIN "Membership" m ON m.id = e."membershipId"
WHERE e.answered AND m."teamId" IS NOT NULL
ON CONFLICT DO NOTHING;

-- Every month with employee answers is recomputed at the next read, so "people" gets filled.
INSERT INTO "RollupDirty" ("organisationId", period)
SELECT DISTINCT "organisationId", date_trunc('month', period)::date FROM "EmployeeResponse"
ON CONFLICT DO NOTHING;
