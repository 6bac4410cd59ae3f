-- DropForeignKey
ALTER TABLE "CustomerResponseTheme" DROP CONSTRAINT "CustomerResponseTheme_responseId_fkey";

-- DropForeignKey
ALTER TABLE "CustomerResponseTheme" DROP CONSTRAINT "CustomerResponseTheme_themeId_fkey";

-- DropForeignKey
ALTER TABLE "EmployeeResponseTheme" DROP CONSTRAINT "EmployeeResponseTheme_responseId_fkey";

-- DropForeignKey
ALTER TABLE "EmployeeResponseTheme" DROP CONSTRAINT "EmployeeResponseTheme_themeId_fkey";


-- Hand-written from here (docs/themes.md "Speed"). No semicolons in comments: the runner splits
-- the file on them, so the plpgsql bodies below are E'' strings that spell each one \073.
--
-- The link tables lose their last two foreign keys (answer and theme): per linked comment the two
-- checks cost about 10 us of the bulk insert, the answer one a random read in the answers' primary
-- key index. Links are only ever written by the database's own triggers (insert and comment
-- update of an answer, a theme's insert or keyword change), each time from answers and themes of
-- one organisation that exist at that moment, so no link can point at a missing row as long as
-- the links of a deleted answer or theme go with it: the statement-level delete triggers below do
-- what ON DELETE CASCADE did, once per statement. An organisation's deletion cascades to its
-- answers and themes, whose triggers then remove every link of it.

CREATE FUNCTION public.symetrie_customer_responses_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "CustomerResponseTheme" AS l USING old_rows AS o WHERE l."responseId" = o.id\073
  RETURN NULL\073
END';

CREATE FUNCTION public.symetrie_employee_responses_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "EmployeeResponseTheme" AS l USING old_rows AS o WHERE l."responseId" = o.id\073
  RETURN NULL\073
END';

-- By (organisationId, themeId): the link tables' index for the theme reads serves the delete too.
CREATE FUNCTION public.symetrie_themes_deleted() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  DELETE FROM "CustomerResponseTheme" AS l USING old_rows AS o
    WHERE o.side = ''CUSTOMER'' AND l."organisationId" = o."organisationId" AND l."themeId" = o.id\073
  DELETE FROM "EmployeeResponseTheme" AS l USING old_rows AS o
    WHERE o.side = ''EMPLOYEE'' AND l."organisationId" = o."organisationId" AND l."themeId" = o.id\073
  RETURN NULL\073
END';

CREATE TRIGGER "CustomerResponse_themes_delete" AFTER DELETE ON "CustomerResponse"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_customer_responses_deleted();
CREATE TRIGGER "EmployeeResponse_themes_delete" AFTER DELETE ON "EmployeeResponse"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_employee_responses_deleted();
CREATE TRIGGER "Theme_links_delete" AFTER DELETE ON "Theme"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.symetrie_themes_deleted();
