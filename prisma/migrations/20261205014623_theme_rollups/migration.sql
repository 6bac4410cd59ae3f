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

-- A theme added, changed (keywords, active, labels) or deleted re-matches or drops its links: every
-- month of its organisation that has rollup rows is marked stale, under the month's shared lock
-- like any answer writer (lib/db/rollup/mark-dirty.ts), so the next refresh rebuilds the counts.
CREATE FUNCTION public.symetrie_theme_rollups_stale() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext(''rollup:'' || m."organisationId"::text), (extract(year FROM m.period) * 100 + extract(month FROM m.period))::int)
  FROM (
    SELECT r."organisationId", r.period FROM "CustomerTeamRollup" AS r WHERE r."organisationId" IN (SELECT c."organisationId" FROM changed AS c)
    UNION SELECT r."organisationId", r.period FROM "EmployeeRollup" AS r WHERE r."organisationId" IN (SELECT c."organisationId" FROM changed AS c)
    ORDER BY 1, 2
  ) AS m\073
  INSERT INTO "RollupDirty" ("organisationId", period)
  SELECT r."organisationId", r.period FROM "CustomerTeamRollup" AS r WHERE r."organisationId" IN (SELECT c."organisationId" FROM changed AS c)
  UNION SELECT r."organisationId", r.period FROM "EmployeeRollup" AS r WHERE r."organisationId" IN (SELECT c."organisationId" FROM changed AS c)
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';

CREATE TRIGGER "Theme_rollups_insert" AFTER INSERT ON "Theme"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_theme_rollups_stale();
CREATE TRIGGER "Theme_rollups_update" AFTER UPDATE ON "Theme"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_theme_rollups_stale();
CREATE TRIGGER "Theme_rollups_delete" AFTER DELETE ON "Theme"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_theme_rollups_stale();
