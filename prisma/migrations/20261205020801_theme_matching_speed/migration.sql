-- DropForeignKey
ALTER TABLE "CustomerResponseTheme" DROP CONSTRAINT "CustomerResponseTheme_organisationId_fkey";

-- DropForeignKey
ALTER TABLE "EmployeeResponseTheme" DROP CONSTRAINT "EmployeeResponseTheme_organisationId_fkey";


-- Hand-written from here (docs/themes.md "Speed"). No semicolons in comments: the runner splits
-- the file on them, so the plpgsql bodies below are E'' strings that spell each one \073.
--
-- The link tables keep organisationId (the theme reads filter on it) without a foreign key:
-- a link goes with its response (ON DELETE CASCADE) or its theme (ON DELETE CASCADE), and both
-- go with their organisation, so deleting an organisation still removes every link. One
-- foreign-key check fewer per link row on the bulk insert path.
--
-- The insert triggers are rewritten for the bulk path, with the same results:
--   - the organisation's active themes of the side are read once per statement, and an
--     organisation without any is skipped before any tsvector is computed
--   - a screen query (the OR of all those themes, per language) is tested once per comment,
--     so a comment matching nothing skips the per-theme tests
--   - employee comments look their organisation's language up once per organisation, not
--     one Organisation join per row
--   - no ON CONFLICT: the rows of new_rows are new answers, so their links cannot exist yet.

CREATE OR REPLACE FUNCTION public.symetrie_customer_themes_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH theme AS MATERIALIZED (
    SELECT t.id, t."organisationId", t."queryFr", t."queryEn"
    FROM "Theme" AS t
    WHERE t.side = ''CUSTOMER'' AND t.active
      AND t."organisationId" IN (SELECT DISTINCT n."organisationId" FROM new_rows AS n)
  ), screen AS MATERIALIZED (
    SELECT t."organisationId", public.symetrie_tsquery_any(t."queryFr") AS "anyFr", public.symetrie_tsquery_any(t."queryEn") AS "anyEn"
    FROM theme AS t
    GROUP BY t."organisationId"
  ), document AS MATERIALIZED (
    SELECT n.id, n."organisationId", n.locale, v.vector
    FROM new_rows AS n
    JOIN screen AS s ON s."organisationId" = n."organisationId"
    CROSS JOIN LATERAL (
      SELECT pg_catalog.to_tsvector(CASE WHEN n.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, n.comment) AS vector
      OFFSET 0
    ) AS v
    WHERE n.comment IS NOT NULL AND n.comment <> ''''
      AND v.vector @@ (CASE WHEN n.locale = ''en'' THEN s."anyEn" ELSE s."anyFr" END)
  )
  INSERT INTO "CustomerResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN theme AS t ON t."organisationId" = d."organisationId"
  WHERE d.vector @@ (CASE WHEN d.locale = ''en'' THEN t."queryEn" ELSE t."queryFr" END)\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION public.symetrie_employee_themes_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH theme AS MATERIALIZED (
    SELECT t.id, t."organisationId", CASE WHEN o."defaultLocale" = ''en'' THEN t."queryEn" ELSE t."queryFr" END AS query,
      CASE WHEN o."defaultLocale" = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END AS config
    FROM "Theme" AS t
    JOIN "Organisation" AS o ON o.id = t."organisationId"
    WHERE t.side = ''EMPLOYEE'' AND t.active
      AND t."organisationId" IN (SELECT DISTINCT n."organisationId" FROM new_rows AS n)
  ), screen AS MATERIALIZED (
    SELECT t."organisationId", min(t.config::oid)::regconfig AS config, public.symetrie_tsquery_any(t.query) AS query
    FROM theme AS t
    GROUP BY t."organisationId"
  ), document AS MATERIALIZED (
    SELECT n.id, n."organisationId", v.vector
    FROM new_rows AS n
    JOIN screen AS s ON s."organisationId" = n."organisationId"
    CROSS JOIN LATERAL (SELECT pg_catalog.to_tsvector(s.config, n.comment) AS vector OFFSET 0) AS v
    WHERE n.comment IS NOT NULL AND n.comment <> '''' AND v.vector @@ s.query
  )
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN theme AS t ON t."organisationId" = d."organisationId"
  WHERE d.vector @@ t.query\073
  RETURN NULL\073
END';
