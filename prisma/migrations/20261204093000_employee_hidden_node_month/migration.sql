-- Anonymity is decided month by month (issue 19 §1): a hidden node is now hidden in one month.
-- A node hidden before this migration was hidden in every month a reader could see, so it
-- stays hidden in every month that has employee answers or rollup rows today (conservative:
-- nothing a reader saw hidden becomes visible). Months released later are decided on their own.
ALTER TABLE "EmployeeHiddenNode" DROP CONSTRAINT "EmployeeHiddenNode_pkey",
ADD COLUMN     "period" DATE;

INSERT INTO "EmployeeHiddenNode" ("organisationId", "period", "node", "hiddenAt")
SELECT h."organisationId", m.period, h.node, h."hiddenAt"
FROM "EmployeeHiddenNode" h
JOIN (
  SELECT DISTINCT "organisationId", period FROM "EmployeeRollup"
  UNION SELECT DISTINCT "organisationId", date_trunc('month', period)::date FROM "EmployeeResponse"
) m ON m."organisationId" = h."organisationId"
WHERE h.period IS NULL;

DELETE FROM "EmployeeHiddenNode" WHERE "period" IS NULL;

ALTER TABLE "EmployeeHiddenNode" ALTER COLUMN "period" SET NOT NULL,
ADD CONSTRAINT "EmployeeHiddenNode_pkey" PRIMARY KEY ("organisationId", "period", "node");
