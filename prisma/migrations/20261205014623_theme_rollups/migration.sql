-- CreateTable
CREATE TABLE "CustomerThemeRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "n" INTEGER NOT NULL,
    "promoters" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,

    CONSTRAINT "CustomerThemeRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","themeId")
);

-- CreateTable
CREATE TABLE "EmployeeThemeRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "themeId" UUID NOT NULL,
    "n" INTEGER NOT NULL,
    "promoters" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,

    CONSTRAINT "EmployeeThemeRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","themeId")
);

-- Hand-written: every month already rolled up is marked stale, so the next refresh fills the
-- theme rollups of data written before this migration.
INSERT INTO "RollupDirty" ("organisationId", period)
SELECT "organisationId", period FROM "CustomerTeamRollup"
UNION SELECT "organisationId", period FROM "EmployeeRollup"
ON CONFLICT DO NOTHING;
