// The architecture as import bans (issue 10 §4). Inside lib/, imports run one way: domain
// rules ← data layer (lib/db) ← delivery (http, jobs, mail, webhooks, dashboard, auth's
// session side) ← app/ and components/. Only lib/db touches Prisma and pg, and the data
// layer's internal functions (organisationId first, no policy check) stay behind it.
// Flat config does not merge one rule across blocks (the last match wins), so each area
// below gets its whole list of bans from `bans()`.

const DATA_DRIVERS = {
  regex: "^(@prisma/|pg(/|$)|@/lib/db/generated(/|$)|.*/db/generated/)",
  message: "Only lib/db talks to Prisma and pg: call a data-layer function instead.",
};
const DATA_INTERNALS = {
  regex: "^@/lib/db/(internal|rollup)/|^@/lib/db/(client|in-pg-transaction)$",
  message: "Data-layer internals take an organisationId and check no policy: use a function that takes the actor.",
};
const DATA_LAYER = {
  regex: "^@/lib/db(/|$)|(^|/)db/",
  message: "Domain rules do not read the database: the data layer calls them, not the reverse.",
};
const DELIVERY = {
  regex: "^@/lib/(http|jobs|mail|webhooks|dashboard)(/|$)|^@/lib/auth/(?!(policy|actor-types|secret|api-scopes)$)",
  message: "Delivery code (http, jobs, mail, webhooks, dashboard, sessions) sits above this layer: move the shared piece down.",
};
const ENTRY_POINTS = { regex: "^@/(app|components)/", message: "lib/ does not import pages or components." };
const APP = { regex: "^@/app/", message: "components/ does not import from app/: move the shared piece to components/ or lib/." };
const OUTSIDE_STATS = { regex: "^(@/(?!lib/stats/)|\\.\\./)", message: "lib/stats is pure: it imports nothing outside itself." };
const STATS_FRAMEWORKS = ["zod", "next", "react", "react-dom", "server-only"].map((name) => ({
  name,
  message: "lib/stats is pure maths: no framework.",
}));

/** One `no-restricted-imports` setting out of a list of banned groups (and banned names). */
function bans(patterns, paths = []) {
  return { "no-restricted-imports": ["error", { patterns, paths }] };
}

const DOMAIN = ["lib/stats", "lib/surveys", "lib/pulses", "lib/i18n", "lib/symmetry", "lib/contacts", "lib/organisations", "lib/accounts"];
const DOMAIN_FILES = [
  ...DOMAIN.map((dir) => `${dir}/**`),
  "lib/errors.ts",
  "lib/patterns.ts",
  "lib/env.ts",
  "lib/env-startup.ts",
  "lib/auth/policy.ts",
  "lib/auth/actor-types.ts",
  "lib/auth/secret.ts",
  "lib/auth/api-scopes.ts",
];
// Jobs, mail and webhooks run per organisation on behalf of no user: they may call internals.
const PRESENTATION_FILES = ["lib/http/**", "lib/dashboard/**", "lib/auth/**"];
const BACKGROUND_FILES = ["lib/jobs/**", "lib/mail/**", "lib/webhooks/**"];

export const layerRules = [
  { name: "layers/app", files: ["app/**", "proxy.ts", "instrumentation.ts"], rules: bans([DATA_DRIVERS, DATA_INTERNALS]) },
  { name: "layers/components", files: ["components/**"], rules: bans([DATA_DRIVERS, DATA_INTERNALS, APP]) },
  {
    name: "layers/presentation",
    files: PRESENTATION_FILES,
    ignores: ["lib/auth/policy.ts", "lib/auth/actor-types.ts", "lib/auth/secret.ts", "lib/auth/api-scopes.ts"],
    rules: bans([DATA_DRIVERS, DATA_INTERNALS, ENTRY_POINTS]),
  },
  { name: "layers/background", files: BACKGROUND_FILES, rules: bans([DATA_DRIVERS, ENTRY_POINTS]) },
  { name: "layers/db", files: ["lib/db/**"], rules: bans([DELIVERY, ENTRY_POINTS]) },
  { name: "layers/domain", files: DOMAIN_FILES, rules: bans([DATA_DRIVERS, DATA_LAYER, DELIVERY, ENTRY_POINTS]) },
  { name: "layers/stats", files: ["lib/stats/**"], rules: bans([DATA_DRIVERS, OUTSIDE_STATS], STATS_FRAMEWORKS) },
];
