// The tenant-isolation matrix, generated from the data layer's exports: every function of
// lib/db that acts for a principal (its first or second parameter is `actor` or `principal`)
// has an entry in tenant-matrix-entries.ts, every other export an exemption below with the
// reason; a new function with neither fails here with its name.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { matrix } from "./tenant-matrix-entries";
import { createTenantWorld, type TenantWorld } from "./tenant-world";

const ROOT = path.resolve(__dirname, "../..");
const TOKEN = "the secret it carries is the credential (respondent link, API key, sign-in)";
const WORKER = "a background job over every organisation, no caller to isolate (jobs tests)";
const PURE = "pure, no database";
const INTERNAL = "organisation-first helper, called only after a principal-taking function of the matrix checked access";
const CONNECTION = "the connection itself";
const ROLLUP = "rollup maintenance keyed by organisation, run by writes and the worker (rollup.test.ts)";

const exemptions: Record<string, string> = {
  authenticateApiKey: TOKEN,
  findSurveyLink: TOKEN,
  findSurveyWording: TOKEN,
  findUnsubscribe: "signed unsubscribe token (HMAC of the contact id): the token is the credential (unsubscribe.test.ts)",
  unsubscribeWithToken: "signed unsubscribe token (HMAC of the contact id): the token is the credential (unsubscribe.test.ts)",
  emailTemplateFor: WORKER,
  claimNewDetractorAlerts: WORKER,
  releaseNewDetractorAlert: WORKER,
  claimDailyDigests: WORKER,
  claimOverdueReminders: WORKER,
  claimMonthlyReports: WORKER,
  releaseMonthlyReport: WORKER,
  reportMonthSql: PURE,
  findMembershipActor: "builds the principal of one membership for a job acting on that person's behalf (monthly-reports.test.ts)",
  findPrivacyNotice:
    "public privacy notice for respondents (signed out): by the organisation's slug, only its name, colour and link expiry, which its survey pages already show",
  storeCustomerResponse: TOKEN,
  submitCustomerResponse: TOKEN,
  verifyCredentials: TOKEN,
  recordSignIn:
    "signed-out sign-in attempt: keyed by the address typed, writes only in that account's own organisations (audit-writes.test.ts)",
  findActor: "builds the principal from the signed-in session's user id",
  findAccountLink: TOKEN,
  setPasswordWithToken: TOKEN,
  requestPasswordReset: "signed-out 'forgot password': keyed by the address typed, answers only what the mail needs (accounts.test.ts)",
  createOrganisation: "operator CLI (scripts/org.ts): creates a new organisation, reads none",
  hasOrganisation: "fresh-install check: whether any organisation exists, nothing of one",
  issueInstanceSetupToken: "fresh-install setup token, only while no organisation exists (accounts.test.ts)",
  setupFirstOrganisation: "fresh-install setup page, refused once any organisation exists (accounts.test.ts)",
  createApiKeyForOrganisation: "operator CLI (scripts/api-key.ts): the operator names the organisation",
  revokeApiKeyForOrganisation: "operator CLI (scripts/api-key.ts): the operator names the organisation",
  setApiKeyLimitForOrganisation: "operator CLI (scripts/api-key.ts): the operator names the organisation",
  authenticateScimToken: TOKEN,
  createScimTokenForOrganisation: "operator CLI (scripts/scim-token.ts): the operator names the organisation",
  listScimTokensForOrganisation: "operator CLI (scripts/scim-token.ts): the operator names the organisation",
  revokeScimTokenForOrganisation: "operator CLI (scripts/scim-token.ts): the operator names the organisation",
  hitApiKeyLimit: "counts a request of a key already authenticated by authenticateApiKey (api-key-rate-limit.test.ts)",
  hitScimTokenLimit: "counts a request of a token already authenticated by authenticateScimToken (scim-rate-limit.test.ts)",
  ssoForEmail:
    "signed out, by the domain of the email typed: answers one organisation's id, display name and SSO-only flag, which its sign-in button shows (sso.test.ts)",
  ssoClientFor:
    "organisation-first: the SSO callback's organisation comes from its sealed, one-use state cookie (sso.test.ts, sso-oidc.spec.ts)",
  completeSsoSignIn:
    "organisation-first: the organisation of the sealed state cookie, the identity its own provider verified; matches people of that organisation only (sso.test.ts)",
  recordSsoFailure: "organisation-first: an audit row in the organisation of the sealed state cookie (sso-oidc.spec.ts)",
  storedSsoSecrets: "startup check: a count over every organisation, nothing else returned (sso.test.ts, startup.spec.ts)",
  hitPerMinuteLimit: "keyed by a credential already authenticated (api-key-rate-limit.test.ts, scim-rate-limit.test.ts), not by tenant",
  createPool: CONNECTION,
  createDb: CONNECTION,
  networkTimeouts: "the pool's bounds on the network, derived from the statement timeout: no data",
  db: CONNECTION,
  pool: CONNECTION,
  inPgTransaction: CONNECTION,
  withOrganisation: CONNECTION,
  asSystem: CONNECTION,
  currentTenant: CONNECTION,
  listErrors: PURE,
  invalidLineCount: PURE,
  retryDelayMs: PURE,
  uuidV7Batch: PURE,
  eventPulseName: PURE,
  backoffSeconds: PURE,
  rollupTables: PURE,
  columnList: PURE,
  monthOf: PURE,
  monthBounds: PURE,
  rollupLockKeys: PURE,
  employeeCatalogue: INTERNAL,
  invalidCatalogueFields: INTERNAL,
  insertEmployeeResponse: INTERNAL,
  insertEmployeeBallot: INTERNAL,
  inviteMembers: INTERNAL,
  claimDueLinkEmails: WORKER,
  recordLinkEmailSent: WORKER,
  recordLinkEmailFailed: WORKER,
  claimEventInvitations: WORKER,
  releaseEventInvitation: WORKER,
  pulseMailContext: WORKER,
  claimPulseMails: WORKER,
  releasePulseMail: WORKER,
  findPulseSchedule: WORKER,
  AnswerRefused: PURE,
  recordEmployeeAnswer: "the answer path's transaction, called only by submitEmployeeResponse and submitEventResponse after their checks",
  hasDueEventInvitations: WORKER,
  createDueNextWaves: WORKER,
  listDuePulseMails: WORKER,
  claimDueDeliveries: WORKER,
  markDelivered: WORKER,
  markAttemptFailed: WORKER,
  pruneRateLimits: WORKER,
  hitRateLimit: "keyed by what the caller limits (an IP, a token), not by tenant",
  refundRateLimit: "keyed by what the caller limits (an IP, an account), not by tenant",
  checkRollupConsistency: ROLLUP,
  markRollupDirty: ROLLUP,
  refreshRollups: ROLLUP,
  refreshAllRollups: ROLLUP,
  releaseEndedMonths:
    "releases ended months of one organisation (or all, for the worker), called by readers before reading (database-unlink.test.ts)",
  markAllRollupsDirty: ROLLUP,
  // The action's life (lib/db/actions/action-status.ts), pure and unit-tested.
  nextStatuses: PURE,
  checkTransition: PURE,
  beforeAfterWindows: PURE,
  doneAtFor: PURE,
  isOpenStatus: PURE,
};

/** Every .ts file of lib/db except the generated client and the organisation-first internals. */
function dataLayerFiles(dir = path.join(ROOT, "lib/db")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "internal" ? [] : dataLayerFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The first two parameter names, read from the compiled source (enough to see `tx, actor`). */
function leadingParameters(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  return source
    .slice(source.indexOf("(") + 1)
    .split(",")
    .slice(0, 2)
    .map((p) => p.trim().split(/[\s=)]/)[0] ?? "");
}

const actsForPrincipal = (fn: (...args: never[]) => unknown) =>
  leadingParameters(fn).some((name) => name === "actor" || name === "principal");

describe("the matrix covers the data layer", () => {
  let functions: Map<string, (...args: never[]) => unknown>;
  beforeAll(async () => {
    functions = new Map();
    for (const file of dataLayerFiles()) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported)) {
        if (typeof value === "function") functions.set(name, value as (...args: never[]) => unknown);
      }
    }
  });

  it("finds the data layer's functions", () => {
    expect(functions.size).toBeGreaterThan(50);
    expect(functions.has("getSymmetry")).toBe(true);
  });

  it("every function acting for a principal has a matrix entry", () => {
    const missing = [...functions].filter(([name, fn]) => actsForPrincipal(fn) && !(name in matrix)).map(([name]) => name);
    expect(missing, "add an entry to tests/db/tenant-matrix-entries.ts for each").toEqual([]);
  });

  it("every function acting for a principal enters its organisation (row-level security, docs/security.md)", () => {
    const outside = [...functions]
      .filter(([, fn]) => actsForPrincipal(fn) && !/withOrganisation\)?\(/.test(fn.toString()))
      .map(([name]) => name);
    expect(outside, "wrap the body in withOrganisation(actor.organisationId, …) (lib/db/tenant-context.ts)").toEqual([]);
  });

  it("every other export is exempted with a reason, and no exemption hides a principal-taking function", () => {
    const unlisted = [...functions]
      .filter(([name, fn]) => !actsForPrincipal(fn) && !(name in matrix) && !(name in exemptions))
      .map(([name]) => name);
    expect(unlisted, "give each a matrix entry or an exemption with its reason").toEqual([]);
    expect([...functions].filter(([name, fn]) => name in exemptions && actsForPrincipal(fn)).map(([name]) => name)).toEqual([]);
  });

  it("lists nothing the data layer no longer exports", () => {
    expect(
      [...Object.keys(matrix), ...Object.keys(exemptions)].filter((name) => !functions.has(name)),
      "remove these entries",
    ).toEqual([]);
  });
});

describe("organisation A's principals never reach organisation B", () => {
  let world: TenantWorld;
  beforeAll(async () => {
    world = await createTenantWorld();
  }, 120_000);

  it.each(Object.keys(matrix))("%s", async (name) => {
    await matrix[name]!(world);
  });
});
