// Marks each operation of the OpenAPI document with the scope its route declares (issue 11 §5):
// a security requirement naming the scope, a sentence in its description and its 403, and the
// per-key request limit's 429 with Retry-After (lib/http/api-route.ts). The db test
// tests/db/api-scopes.test.ts checks the scopes against what the routes really refuse.
import { apiScopes, DEFAULT_REQUESTS_PER_MINUTE, type ApiScope } from "@/lib/auth/api-scopes";

/** operationId → the scope its route handler is built with (app/api/v1/**). */
export const operationScopes: Record<string, ApiScope> = {
  createContact: "contacts:write",
  createContactsBulk: "contacts:write",
  listResponses: "responses:read",
  getSymmetry: "results:read",
  createEmployeeEvent: "events:write",
  importResponses: "history:import",
  deleteResponseImport: "history:import",
  syncTeams: "directory:write",
  listTeams: "directory:write",
  syncPeople: "directory:write",
  listPeople: "directory:write",
  getCatalogue: "catalogue:read",
  getContactQrSvg: "contacts:write",
  getContactQrPng: "contacts:write",
  listActions: "actions:read",
  createAction: "actions:write",
  updateAction: "actions:write",
  importKpis: "kpis:write",
  getTeamKpis: "kpis:read",
};

export const scopesIntro = `Each key holds the scopes an administrator chose when creating it (${apiScopes.map((scope) => `\`${scope}\``).join(", ")}); every operation names the one it requires, and a key without it gets 403 with nothing done.`;

type Operation = { operationId?: string; description?: string; responses?: Record<string, unknown>; [field: string]: unknown };

/** What every keyed operation may answer once the key has used its requests of the minute. */
function rateLimited(problem: (description: string) => unknown): unknown {
  const response = problem(
    `The API key has used its requests of this minute (${DEFAULT_REQUESTS_PER_MINUTE} unless an administrator set another limit): nothing was done. Retry after the seconds in Retry-After.`,
  ) as Record<string, unknown>;
  return {
    ...response,
    headers: {
      "Retry-After": { description: "Seconds until the key's window of one minute ends.", schema: { type: "integer", minimum: 1 } },
    },
  };
}

/** A copy of `paths` where every scoped operation states its scope and its 429. */
export function withScopes(
  paths: Record<string, Record<string, Operation>>,
  problem: (description: string) => unknown,
): Record<string, Record<string, Operation>> {
  return Object.fromEntries(
    Object.entries(paths).map(([path, operations]) => [
      path,
      Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => {
          const scope = operation.operationId ? operationScopes[operation.operationId] : undefined;
          if (!scope) return [method, operation];
          const needs = `Requires the \`${scope}\` scope.`;
          return [
            method,
            {
              ...operation,
              description: operation.description ? `${operation.description} ${needs}` : needs,
              security: [{ apiKey: [scope] }],
              responses: {
                ...operation.responses,
                "403": problem(`The API key does not have the \`${scope}\` scope: nothing was done.`),
                "429": rateLimited(problem),
              },
            },
          ];
        }),
      ),
    ]),
  );
}
