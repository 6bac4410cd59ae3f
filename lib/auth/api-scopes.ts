// API key scopes (issue 11 §5): what each key may do, chosen at creation; the route wrapper
// refuses a request whose key lacks the route's scope, and the policy refuses the action too.
import { z } from "zod";
import type { Action } from "./policy";

export const apiScopes = [
  "contacts:write",
  "responses:read",
  "results:read",
  "history:import",
  "events:write",
  "directory:write",
  "catalogue:read",
  "actions:read",
  "actions:write",
  "kpis:read",
  "kpis:write",
] as const;
export type ApiScope = (typeof apiScopes)[number];

/** The policy action each scope unlocks for an API key (one each: a scope is never wider than its name). */
export const scopeActions: Record<ApiScope, Action> = {
  "contacts:write": "contacts:manage",
  "responses:read": "responses:read",
  "results:read": "results:read",
  "history:import": "responses:import",
  "events:write": "employeeEvents:create",
  "directory:write": "directory:sync",
  "catalogue:read": "catalogue:read",
  "actions:read": "actions:read",
  "actions:write": "actions:manage",
  "kpis:read": "kpis:read",
  "kpis:write": "kpis:manage",
};

export const isApiScope = (value: string): value is ApiScope => (apiScopes as readonly string[]).includes(value);

/** At least one known scope; duplicates collapse and the order is the canonical one, so stored lists compare. */
export const ZApiScopes = z
  .array(z.string().trim(), { error: "choose at least one scope" })
  .superRefine((values, context) => {
    const unknown = values.filter((value) => !isApiScope(value));
    if (unknown.length > 0)
      context.addIssue({
        code: "custom",
        message: `unknown scope ${unknown.map((v) => `"${v}"`).join(", ")}: use ${apiScopes.join(", ")}`,
      });
  })
  .transform((values) => apiScopes.filter((scope) => values.includes(scope)))
  .refine((scopes) => scopes.length > 0, "choose at least one scope");

/** Scopes kept in the database, read back: anything unknown (a scope since withdrawn) is dropped, never granted. */
export const knownScopes = (stored: readonly string[]): ApiScope[] => apiScopes.filter((scope) => stored.includes(scope));

/** The problem+json detail for a key without the route's scope: says what is missing and who can fix it. */
export const missingScopeDetail = (scope: ApiScope): string =>
  `This API key does not have the "${scope}" scope, which this endpoint requires. Nothing was done. An administrator can create a key with this scope in Settings → API keys.`;

/** Requests per minute a key may make unless an administrator set another figure (the ApiKey column's default, lib/db/api-keys/api-key-rate-limit.ts). */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
