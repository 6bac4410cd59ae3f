-- Issue 15 §1: KPI definitions per organisation. The four built-ins are created for every
-- existing organisation, each OperationalKpi row moves from its kind to its organisation's
-- built-in definition, and the KpiKind enum goes.
CREATE TYPE "KpiUnit" AS ENUM ('PERCENT', 'SECONDS', 'COUNT', 'NUMBER');

CREATE TABLE "KpiDefinition" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" "KpiUnit" NOT NULL,
    "higherIsBetter" BOOLEAN NOT NULL,
    "valuePerPointCents" INTEGER,
    "assumptions" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiDefinition_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "KpiDefinition_organisationId_key_key" ON "KpiDefinition"("organisationId", "key");

ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_key_check" CHECK ("key" ~ '^[a-z0-9]+(_[a-z0-9]+)*$' AND char_length("key") <= 50);
ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_name_check" CHECK (char_length(btrim("nameFr")) BETWEEN 1 AND 100 AND char_length(btrim("nameEn")) BETWEEN 1 AND 100);
ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_money_check" CHECK ("valuePerPointCents" IS NULL OR "valuePerPointCents" >= 0);
ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_assumptions_check" CHECK ("assumptions" IS NULL OR char_length("assumptions") <= 1000);
ALTER TABLE "KpiDefinition" ADD CONSTRAINT "KpiDefinition_position_check" CHECK ("position" >= 0);

-- The built-ins, as lib/kpis/builtin-kpis.ts creates them for new organisations.
INSERT INTO "KpiDefinition" ("id", "organisationId", "key", "nameFr", "nameEn", "unit", "higherIsBetter", "position")
SELECT gen_random_uuid(), o."id", d.key, d.name_fr, d.name_en, d.unit::"KpiUnit", d.higher, d.position
FROM "Organisation" o
CROSS JOIN (VALUES
    ('first_contact_resolution', 'Résolution au premier contact', 'First-contact resolution', 'PERCENT', true, 0),
    ('average_handling_time', 'Durée moyenne de traitement', 'Average handling time', 'SECONDS', false, 1),
    ('absenteeism', 'Absentéisme', 'Absenteeism', 'PERCENT', false, 2),
    ('turnover', 'Turnover', 'Turnover', 'PERCENT', false, 3)
) AS d(key, name_fr, name_en, unit, higher, position);

ALTER TABLE "OperationalKpi" ADD COLUMN "kpiId" UUID;

UPDATE "OperationalKpi" k SET "kpiId" = d."id"
FROM "KpiDefinition" d
WHERE d."organisationId" = k."organisationId"
  AND d."key" = CASE k."kind"
        WHEN 'FIRST_CONTACT_RESOLUTION' THEN 'first_contact_resolution'
        WHEN 'AVERAGE_HANDLING_TIME' THEN 'average_handling_time'
        WHEN 'ABSENTEEISM' THEN 'absenteeism'
        WHEN 'TURNOVER' THEN 'turnover'
      END;

ALTER TABLE "OperationalKpi" DROP CONSTRAINT "OperationalKpi_pkey",
DROP COLUMN "kind",
ALTER COLUMN "kpiId" SET NOT NULL,
ADD CONSTRAINT "OperationalKpi_pkey" PRIMARY KEY ("organisationId", "teamId", "period", "kpiId");

DROP TYPE "KpiKind";

CREATE INDEX "OperationalKpi_kpiId_period_idx" ON "OperationalKpi"("kpiId", "period");

ALTER TABLE "OperationalKpi" ADD CONSTRAINT "OperationalKpi_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "KpiDefinition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Units are checked by the import (they live on the definition), the table keeps what holds for any unit.
ALTER TABLE "OperationalKpi" ADD CONSTRAINT "OperationalKpi_value_check" CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8));
ALTER TABLE "OperationalKpi" ADD CONSTRAINT "OperationalKpi_period_check" CHECK ("period" = date_trunc('month', "period")::date);
