-- Row-level security, the second wall behind the data layer's own organisation filter (issue 16 §3,
-- docs/security.md "Row-level security"). Every table with an organisationId admits only the rows of
-- the organisation the connection was given (symetrie.organisation_id, set by lib/db/client.ts at
-- each checkout), or every row in the narrow system context (symetrie.system = on, asSystem() in
-- lib/db/tenant-context.ts). No setting: no rows. FORCE binds the tables' owner too (a superuser
-- still bypasses it, so migrations and the seed run as the owner).
-- The settings are read once per statement (scalar subqueries become InitPlans), not per row.
-- Generated from prisma/schema.prisma, a new tenant table needs its own three lines in its migration
-- (tests/db/row-level-security.test.ts names any table left without them).

ALTER TABLE "Organisation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organisation" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Organisation" USING ("id" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("id" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Team" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Team" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Team" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ManagedTeam" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ManagedTeam" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ManagedTeam" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "AccountToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AccountToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "AccountToken" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Membership" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "MomentOfTruth" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MomentOfTruth" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "MomentOfTruth" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "MirroredItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MirroredItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "MirroredItem" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Irritant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Irritant" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Irritant" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Theme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Theme" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Theme" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerResponseTheme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerResponseTheme" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerResponseTheme" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeResponseTheme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeResponseTheme" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeResponseTheme" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Contact" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Contact" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Contact" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerResponse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerResponse" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerResponse" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerItemAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerItemAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerItemAnswer" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerResponseIrritant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerResponseIrritant" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerResponseIrritant" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "FollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "FollowUp" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "FollowUpEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUpEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "FollowUpEvent" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "FollowUpAction" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "FollowUpAction" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "FollowUpAction" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Pulse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Pulse" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Pulse" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "PulseTeam" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PulseTeam" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "PulseTeam" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "PulseParticipation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PulseParticipation" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "PulseParticipation" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeEvent" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeResponse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeResponse" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeResponse" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeItemAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeItemAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeItemAnswer" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeResponseIrritant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeResponseIrritant" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeResponseIrritant" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "Action" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Action" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "Action" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ActionTeam" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionTeam" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ActionTeam" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ActionComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionComment" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ActionComment" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ActionEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ActionEvent" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ToolboxBudget" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ToolboxBudget" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ToolboxBudget" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ToolboxAllocation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ToolboxAllocation" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ToolboxAllocation" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "TeamIrritant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TeamIrritant" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "TeamIrritant" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ActionIrritant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionIrritant" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ActionIrritant" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ActionItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ActionItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ActionItem" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "KpiDefinition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "KpiDefinition" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "KpiDefinition" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "OperationalKpi" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OperationalKpi" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "OperationalKpi" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ApiKey" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "ResponseImport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResponseImport" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ResponseImport" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "AuditLog" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "WebhookDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WebhookDelivery" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "WebhookDelivery" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeBallot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeBallot" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeBallot" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeHiddenNode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeHiddenNode" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeHiddenNode" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeRespondent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeRespondent" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeRespondent" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "RollupDirty" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RollupDirty" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "RollupDirty" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "RollupDirtyTeam" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RollupDirtyTeam" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "RollupDirtyTeam" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerTeamRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerTeamRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerTeamRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerItemRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerItemRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerItemRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeItemRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeItemRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeItemRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerIrritantRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerIrritantRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerIrritantRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeIrritantRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeIrritantRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeIrritantRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "CustomerThemeRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CustomerThemeRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "CustomerThemeRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmployeeThemeRollup" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmployeeThemeRollup" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmployeeThemeRollup" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "SurveyWording" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyWording" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "SurveyWording" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmailTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmailTemplate" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');

ALTER TABLE "EmailSuppression" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EmailSuppression" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "EmailSuppression" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');


-- The one cross-organisation fact a transaction of one organisation needs: whether an account also
-- belongs to another organisation (the HR-system sync then leaves its name and address alone,
-- lib/db/directory/sync-people.ts). It answers a yes or no, never the other organisation, and runs
-- as its owner in the system context for its own duration only.
CREATE FUNCTION public.symetrie_user_in_other_organisation(user_id uuid, organisation_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public SET symetrie.system = 'on' AS $$
  SELECT EXISTS (SELECT 1 FROM public."Membership" AS o WHERE o."userId" = user_id AND o."organisationId" <> organisation_id)
$$;

-- The application role (created by the embedded database, scripts/db/postgres.ts, or by the operator
-- of an external server, README "Configuration") may read and write rows and nothing else: it owns
-- no table, so it can neither turn row-level security off nor alter a policy. Granted only where
-- the role exists (an external server without it keeps running as the owner, with a warning).
-- MAINTAIN (PostgreSQL 17 and later) lets it vacuum the tables the monthly release of employee
-- answers vacuums (lib/db/rollup/release-employee-months.ts, docs/security.md for older servers). E-strings spell each inner semicolon as \073 because
-- the migration runner splits on semicolons.
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ''symetrie_app'') THEN
    EXECUTE ''GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO symetrie_app''\073
    EXECUTE ''GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO symetrie_app''\073
    IF pg_catalog.current_setting(''server_version_num'')::int >= 170000 THEN
      EXECUTE ''GRANT MAINTAIN ON "EmployeeBallot", "PulseParticipation", "EmployeeEvent", "EmployeeRespondent" TO symetrie_app''\073
    END IF\073
    EXECUTE ''REVOKE ALL ON "_prisma_migrations" FROM symetrie_app''\073
    EXECUTE ''ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO symetrie_app''\073
    EXECUTE ''ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO symetrie_app''\073
  END IF\073
END';
