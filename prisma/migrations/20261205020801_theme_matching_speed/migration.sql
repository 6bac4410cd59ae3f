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
--   - the organisation's active themes of the side are read once per statement, and the comments
--     of an organisation without any are skipped before any tsvector is computed
--   - employee comments look their organisation's language up once per organisation (with its
--     themes), not through one Organisation join per row
--   - no ON CONFLICT: the rows of new_rows are new answers, so their links cannot exist yet.
-- A screen query (the OR of all the themes, tested first so that comments matching nothing skip
-- the per-theme tests) was measured and left out: it costs about 60 % of the ten tests it saves,
-- and 70 % of the benchmark's comments match a theme, so it made matching slower (docs/themes.md).

CREATE OR REPLACE FUNCTION public.symetrie_customer_themes_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  WITH theme AS MATERIALIZED (
    SELECT t.id, t."organisationId", t."queryFr", t."queryEn"
    FROM "Theme" AS t
    WHERE t.side = ''CUSTOMER'' AND t.active
      AND t."organisationId" IN (SELECT DISTINCT n."organisationId" FROM new_rows AS n)
  ), document AS MATERIALIZED (
    SELECT n.id, n."organisationId", n.locale,
      pg_catalog.to_tsvector(CASE WHEN n.locale = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END, n.comment) AS vector
    FROM new_rows AS n
    WHERE n.comment IS NOT NULL AND n.comment <> ''''
      AND n."organisationId" IN (SELECT t."organisationId" FROM theme AS t)
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
    SELECT t.id, t."organisationId",
      CASE WHEN o."defaultLocale" = ''en'' THEN t."queryEn" ELSE t."queryFr" END AS query,
      CASE WHEN o."defaultLocale" = ''en'' THEN ''public.symetrie_en''::regconfig ELSE ''public.symetrie_fr''::regconfig END AS config
    FROM "Theme" AS t
    JOIN "Organisation" AS o ON o.id = t."organisationId"
    WHERE t.side = ''EMPLOYEE'' AND t.active
      AND t."organisationId" IN (SELECT DISTINCT n."organisationId" FROM new_rows AS n)
  ), language AS MATERIALIZED (
    SELECT DISTINCT t."organisationId", t.config FROM theme AS t
  ), document AS MATERIALIZED (
    SELECT n.id, n."organisationId", pg_catalog.to_tsvector(l.config, n.comment) AS vector
    FROM new_rows AS n
    JOIN language AS l ON l."organisationId" = n."organisationId"
    WHERE n.comment IS NOT NULL AND n.comment <> ''''
  )
  INSERT INTO "EmployeeResponseTheme" ("responseId", "themeId", "organisationId")
  SELECT d.id, t.id, d."organisationId"
  FROM document AS d
  JOIN theme AS t ON t."organisationId" = d."organisationId"
  WHERE d.vector @@ t.query\073
  RETURN NULL\073
END';
