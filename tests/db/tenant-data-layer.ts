// The data-layer functions that act for a principal, re-exported for the tenant matrix's typed
// calls. Which functions need an entry is decided from lib/db's exports at run time, not here.
export { changePassword } from "@/lib/db/accounts/change-password";
export { findEmployeeWording } from "@/lib/db/wording/employee-wording";
export { getWordingSettings, saveEmailTemplate, saveSurveyWording } from "@/lib/db/wording/wording-settings";
export { updateOwnProfile } from "@/lib/db/accounts/update-profile";
export { getDetractorAlerts, updateDetractorAlerts } from "@/lib/db/accounts/detractor-alerts";
export { getMonthlyReportOptIn, updateMonthlyReportOptIn } from "@/lib/db/accounts/monthly-report-opt-in";
export { createApiKey } from "@/lib/db/api-keys/create-api-key";
export { exportAuditLog } from "@/lib/db/audit/export-audit-log";
export { listAuditFilterOptions } from "@/lib/db/audit/list-audit-filter-options";
export { listAuditLog, parseAuditFilters } from "@/lib/db/audit/list-audit-log";
export { listTeamTree } from "@/lib/db/teams/list-team-tree";
export { listSyncedTeams } from "@/lib/db/directory/list-synced-teams";
export { syncTeams } from "@/lib/db/directory/sync-teams";
export { listSyncedPeople } from "@/lib/db/directory/list-synced-people";
export { syncPeople } from "@/lib/db/directory/sync-people";
export { syncDirectoryCsv } from "@/lib/db/directory/sync-directory-csv";
export { addManagedTeam, listManagedTeams, removeManagedTeam } from "@/lib/db/people/managed-teams";
export { getPerson, listPeople, peopleFilterConditions } from "@/lib/db/people/list-people";
export { createPerson, invitePerson, setPersonActive, updatePerson } from "@/lib/db/people/manage-people";
export { countPeopleToInvite, invitePeople, voidUndeliveredInvitations } from "@/lib/db/people/invite-people";
export { createTeam, moveTeam, setTeamArchived, updateTeam } from "@/lib/db/teams/manage-teams";
export { listApiKeys } from "@/lib/db/api-keys/list-api-keys";
export { revokeApiKey } from "@/lib/db/api-keys/revoke-api-key";
export { countContacts } from "@/lib/db/contacts/count-contacts";
export { createContacts } from "@/lib/db/contacts/create-contacts";
export { exportContacts } from "@/lib/db/contacts/export-contacts";
export { importContactsCsv } from "@/lib/db/contacts/import-contacts-csv";
export { previewContactsCsv } from "@/lib/db/contacts/preview-contacts-csv";
export { listContactTeamOptions } from "@/lib/db/contacts/list-contact-team-options";
export { parseContactFilters } from "@/lib/db/contacts/list-contacts";
export { listContacts } from "@/lib/db/contacts/list-contacts";
export { retryContactEmail } from "@/lib/db/contacts/retry-contact-email";
export { getContactLink } from "@/lib/db/contacts/get-contact-link";
export { getCatalogue } from "@/lib/db/catalogue-api/get-catalogue";
export { getSymmetry } from "@/lib/db/dashboard/get-symmetry";
export { getTeamDetail } from "@/lib/db/dashboard/get-team-detail";
export { getEmployeeHome } from "@/lib/db/dashboard/get-employee-home";
export { listMomentOptions } from "@/lib/db/dashboard/list-moment-options";
export { listVerbatims } from "@/lib/db/dashboard/list-verbatims";
export { createEmployeeEvent } from "@/lib/db/employee-events/create-employee-event";
export { loadOwnEvent } from "@/lib/db/employee-events/find-event-form";
export { findEventForm } from "@/lib/db/employee-events/find-event-form";
export { getEventResults } from "@/lib/db/employee-events/get-event-results";
export { listMyEventPulses } from "@/lib/db/employee-events/list-my-event-pulses";
export { submitEventResponse } from "@/lib/db/employee-events/submit-event-response";
export { followUpScope } from "@/lib/db/follow-ups/list-follow-ups";
export { updateFollowUpStatus } from "@/lib/db/follow-ups/update-follow-up-status";
export { getFollowUp } from "@/lib/db/follow-ups/follow-up-detail";
export { listFollowUps } from "@/lib/db/follow-ups/list-follow-ups-page";
export { revealFollowUpEmail, workFollowUp } from "@/lib/db/follow-ups/work-follow-up";
export { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
export { removeWebhook } from "@/lib/db/organisations/remove-webhook";
export { rotateWebhookSecret } from "@/lib/db/organisations/rotate-webhook-secret";
export { setWebhookUrl } from "@/lib/db/organisations/set-webhook-url";
export { updateOrganisationSettings } from "@/lib/db/organisations/update-organisation-settings";
export { createPulse } from "@/lib/db/pulses/create-pulse";
export { findPulseForm } from "@/lib/db/pulses/find-pulse-form";
export { loadPulseForActor } from "@/lib/db/pulses/load-pulse-for-actor";
export { getPulseDetail } from "@/lib/db/pulses/get-pulse-detail";
export { getPulseResults } from "@/lib/db/pulses/get-pulse-results";
export { countLaunchInvitations } from "@/lib/db/pulses/launch-pulse";
export { deleteDraftPulse, updateDraftPulse } from "@/lib/db/pulses/edit-draft-pulse";
export { claimRemindersNow } from "@/lib/db/pulses/claim-reminders-now";
export { launchPulse } from "@/lib/db/pulses/launch-pulse";
export { closePulseEarly } from "@/lib/db/pulses/launch-pulse";
export { listMyOpenPulses } from "@/lib/db/pulses/list-pulses";
export { listManagedPulses } from "@/lib/db/pulses/list-pulses";
export { listTeamOptions } from "@/lib/db/pulses/list-team-options";
export { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
export { deleteResponseImport } from "@/lib/db/response-imports/delete-response-import";
export { importResponses } from "@/lib/db/response-imports/import-responses";
export { listResponses } from "@/lib/db/responses/list-responses";
export { listWebhookDeliveries } from "@/lib/db/webhook-deliveries/list-webhook-deliveries";
export { recordTestDelivery } from "@/lib/db/webhook-deliveries/record-test-delivery";
export { listMoments } from "@/lib/db/moments/list-moments";
export {
  createMoment,
  deleteMoment,
  moveMoment,
  setMomentActive,
  setMomentPairing,
  setMomentTrigger,
  updateMomentLabels,
} from "@/lib/db/moments/manage-moments";
export { listIrritantPairs, listItemPairs } from "@/lib/db/catalogue/list-catalogue-pairs";
export {
  createIrritantPair,
  deleteIrritantPair,
  moveIrritantPair,
  setIrritantPairActive,
  updateIrritantLabels,
} from "@/lib/db/catalogue/manage-irritant-pairs";
export { createItemPair, deleteItemPair, moveItemPair, setItemPairActive, updateItemSide } from "@/lib/db/catalogue/manage-item-pairs";
export { getTeamIrritantStates } from "@/lib/db/team-irritants/get-team-irritant-states";
export { addWorkshopIrritant, markIrritantEliminated, reopenIrritant } from "@/lib/db/team-irritants/manage-team-irritants";
export { listPublishedActionsForHome } from "@/lib/db/published-actions/list-published-actions-for-home";
export { listMyOwnedActions } from "@/lib/db/published-actions/list-my-owned-actions";
export { getToolboxBudget, removeToolboxAllocation, setToolboxAllocation, setToolboxBudget } from "@/lib/db/toolbox-budget/toolbox-budget";
