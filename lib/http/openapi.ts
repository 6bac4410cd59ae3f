// The OpenAPI 3.1 description of the integrator API, generated from the very zod schemas the
// routes parse with (z.toJSONSchema), so the document cannot drift from the code.
import { z } from "zod";
import { ZEmployeeEvent, ZEmployeeEventInput } from "@/lib/pulses/employee-event-schema";
import { ZCreateContactInput } from "@/lib/surveys/contact-schema";
import { ZImportResponseRow, ZImportResponsesBody } from "@/lib/surveys/import-response-schema";
import { IMPORT_CSV_COLUMNS, IRRITANT_SEPARATOR, ITEM_COLUMN_PREFIX } from "@/lib/surveys/import-responses-csv";
import {
  ZBulkContactsBody,
  ZBulkContactsResult,
  ZContactLink,
  ZCustomerResponse,
  ZImportProblem,
  ZImportResponsesResult,
  ZListResponsesQuery,
  ZProblem,
  ZResponsesPage,
} from "./api-v1-schemas";
import { ZSymmetryQuery, ZSymmetryResult } from "./symmetry-api-schemas";
import { scopesIntro, withScopes } from "./openapi-scopes";
import { ZCatalogue } from "./catalogue-api-schemas";
import { actionInputSchemas, actionOutputSchemas, actionPaths, actionWebhooks, type OpenApiHelpers } from "./openapi-actions";
import { kpiInputSchemas, kpiOutputSchemas, kpiPaths } from "./openapi-kpis";
import {
  ZDirectoryPageQuery,
  ZDirectorySyncQuery,
  ZSyncedTeamsPage,
  ZSyncedPeoplePage,
  ZPeopleSyncBodyDoc,
  ZPeopleSyncResult,
  ZSyncProblem,
  ZTeamSyncBodyDoc,
  ZTeamSyncResult,
} from "./directory-api-schemas";

type JsonSchema = Record<string, unknown>;

/**
 * Component schemas: requests described as sent (input), responses as returned (output).
 * One registry per direction, so a schema used inside another becomes a $ref to it.
 */
function components(io: "input" | "output", schemas: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, zodSchema] of Object.entries(schemas)) registry.add(zodSchema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(out).map(([id, { $schema: _ignored, $id: _id, ...rest }]) => [id, rest as JsonSchema]));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const problemContent = { "application/problem+json": { schema: ref("Problem") } };
const problemResponse = (description: string) => ({ description, content: problemContent });

const errors = {
  "401": problemResponse("Missing, unknown or revoked API key."),
  "500": problemResponse("Unexpected error; safe to retry (contacts are idempotent on externalId)."),
};
const bodyErrors = {
  "400": problemResponse("The body is not valid JSON."),
  "413": problemResponse("The body is too large."),
  "415": problemResponse("The body is not application/json."),
  "422": problemResponse("Invalid fields, listed in `errors` as { field, message }."),
};

const importCsv = {
  schema: {
    type: "string",
    description: `UTF-8 (BOM or not), comma or semicolon separated. Header columns: ${IMPORT_CSV_COLUMNS.join(", ")} (irritant keys separated by \`${IRRITANT_SEPARATOR}\`), and one column \`${ITEM_COLUMN_PREFIX}<dimension>\` per mirrored item. Empty cells are absent fields; each row is validated like a JSON row.`,
  },
};

const importPaths = {
  "/api/v1/import/responses": {
    post: {
      operationId: "importResponses",
      summary: "Import historical answers (customer and employee) from a previous tool",
      description:
        "Rows are validated one by one; the valid ones are stored as one import (201), the invalid ones reported in `errors` by index and field, nothing of them stored. No valid row: 422 and nothing stored. Employee rows carry no identity. Imported answers create no follow-up and no webhook. Send an `Idempotency-Key` so that a retry (lost answer, timeout) replays the first answer instead of importing the rows twice.",
      parameters: [
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description:
            "1 to 255 visible ASCII characters, e.g. a UUID, unique per import. The same key with the same rows replays the first answer (200, header `Idempotent-Replayed: true`); with other rows it is refused (422). Kept as long as the import exists.",
          schema: { type: "string", minLength: 1, maxLength: 255 },
        },
      ],
      requestBody: { required: true, content: { ...json("ImportResponsesBody"), "text/csv": importCsv } },
      responses: {
        "201": { description: "The import and the rows not stored.", content: json("ImportResponsesResult") },
        "200": {
          description: "A retry with an Idempotency-Key already used for the same rows: the first answer, nothing imported again.",
          content: json("ImportResponsesResult"),
        },
        "401": errors["401"],
        "400": problemResponse("The body is not valid JSON or UTF-8."),
        "413": bodyErrors["413"],
        "415": problemResponse("The body is neither application/json nor text/csv."),
        "422": {
          description:
            "No valid row (errors by index and field), more than 10 000 rows, a broken CSV header or structure, or an Idempotency-Key that is malformed or was used with other rows.",
          content: { "application/problem+json": { schema: ref("ImportProblem") } },
        },
        "500": problemResponse("Unexpected error: the import is one transaction, nothing of it was stored; safe to retry."),
      },
    },
  },
  "/api/v1/import/responses/{importId}": {
    delete: {
      operationId: "deleteResponseImport",
      summary: "Undo an import: its answers are deleted and leave the dashboard",
      parameters: [
        {
          name: "importId",
          in: "path",
          required: true,
          description: "The importId POST returned.",
          schema: { type: "string", format: "uuid" },
        },
      ],
      responses: {
        "204": { description: "The import and its answers are deleted." },
        "404": problemResponse("No import with this id in this organisation."),
        ...errors,
      },
    },
  },
};

/** A contact's QR code in one image format (issue 13 §3). */
function qrPath(operationId: string, mediaType: string, format: string) {
  return {
    get: {
      operationId,
      summary: `The QR code (${format}) of a contact's survey link`,
      description:
        "Encodes the same single-use link POST /api/v1/contacts answered, for a flyer, a receipt or a counter. Not cached: the image carries a live link.",
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          description: "The contact id POST returned.",
          schema: { type: "string", format: "uuid" },
        },
      ],
      responses: {
        "200": { description: `The QR code as ${format}.`, content: { [mediaType]: { schema: { type: "string", format: "binary" } } } },
        "404": problemResponse("No contact with this id in this organisation."),
        "410": problemResponse("The customer has already answered, or the link expired: there is nothing left to encode."),
        ...errors,
      },
    },
  };
}

const catalogueAndQrPaths = {
  "/api/v1/catalogue": {
    get: {
      operationId: "getCatalogue",
      summary: "The organisation's catalogue: channels, moments of truth, item pairs and irritants",
      description:
        "Everything an integrator needs to build contacts: the `channel` values and the customer moments of truth POST /api/v1/contacts accepts (`momentOfTruth` may be left out: `customer.defaultMomentOfTruth` applies), with their FR/EN labels, plus the employee moments, the mirrored item pairs and the irritants of both sides. Only active entries are listed: a retired key is refused by POST /api/v1/contacts (422).",
      responses: { "200": { description: "The catalogue.", content: json("Catalogue") }, ...errors },
    },
  },
  "/api/v1/contacts/{id}/qr.svg": qrPath("getContactQrSvg", "image/svg+xml", "SVG"),
  "/api/v1/contacts/{id}/qr.png": qrPath("getContactQrPng", "image/png", "PNG, 512 px"),
};

function queryParameters(schema: z.ZodType = ZListResponsesQuery): Array<Record<string, unknown>> {
  const query = components("input", { Query: schema }).Query as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(query.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: query.required?.includes(name) ?? false, description, schema: rest };
  });
}

/** PUT (sync, with dry run and mirror) and GET (keyset pages) of one directory resource. */
function directorySyncPath(spec: {
  sync: string;
  list: string;
  summary: string;
  description: string;
  body: string;
  result: string;
  listSummary: string;
  page: string;
}) {
  return {
    put: {
      operationId: spec.sync,
      summary: spec.summary,
      description: spec.description,
      parameters: queryParameters(ZDirectorySyncQuery),
      requestBody: { required: true, content: json(spec.body) },
      responses: {
        "200": { description: "The diff (applied unless a dry run).", content: json(spec.result) },
        "422": { description: "Row errors, by index and field: nothing was changed.", content: json("SyncProblem") },
        ...errors,
        "400": bodyErrors["400"],
        "413": bodyErrors["413"],
        "415": bodyErrors["415"],
      },
    },
    get: {
      operationId: spec.list,
      summary: spec.listSummary,
      parameters: queryParameters(ZDirectoryPageQuery),
      responses: { "200": { description: "One page.", content: json(spec.page) }, "422": bodyErrors["422"], ...errors },
    },
  };
}

const actionHelpers: OpenApiHelpers = { json, problemResponse, errors, bodyErrors, queryParameters };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.1",
    info: {
      title: "Symétrie integrator API",
      version: "1.0.0",
      description: `Push customer contacts (each gets a single-use NPS survey link), pull customer responses, and import the history of a previous tool. Authenticate with \`Authorization: Bearer <API key>\`; keys are created by an administrator in Settings → API keys. ${scopesIntro} Errors are RFC 9457 problem+json.`,
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    security: [{ apiKey: [] }],
    paths: withScopes(
      {
        "/api/v1/contacts": {
          post: {
            operationId: "createContact",
            summary: "Create a contact and get its survey link",
            description: "Sending the same externalId again returns the same contact and link (200) instead of creating a duplicate.",
            requestBody: { required: true, content: json("CreateContactInput") },
            responses: {
              "201": { description: "Contact created.", content: json("ContactLink") },
              "200": {
                description: "A contact with this externalId already exists: same contact, same link.",
                content: json("ContactLink"),
              },
              ...errors,
              ...bodyErrors,
            },
          },
        },
        ...catalogueAndQrPaths,
        "/api/v1/contacts/bulk": {
          post: {
            operationId: "createContactsBulk",
            summary: "Create up to 10 000 contacts in one call",
            description: "Valid rows are stored, invalid ones reported in `errors` with their index; nothing of an invalid row is stored.",
            requestBody: { required: true, content: json("BulkContactsBody") },
            responses: { "200": { description: "Per-row outcome.", content: json("BulkContactsResult") }, ...errors, ...bodyErrors },
          },
        },
        "/api/v1/responses": {
          get: {
            operationId: "listResponses",
            summary: "Customer responses, oldest first, in keyset pages",
            parameters: queryParameters(),
            responses: { "200": { description: "One page.", content: json("ResponsesPage") }, "422": bodyErrors["422"], ...errors },
          },
        },
        "/api/v1/symmetry": {
          get: {
            operationId: "getSymmetry",
            summary: "Per-team NPS, eNPS and gap, and the cross-team correlation",
            description:
              "Exactly the figures of the mirrored dashboard, with the same anonymity suppression. A filter whose remainder (all answers minus the filtered group) falls below the minimum group size is refused with 422.",
            parameters: queryParameters(ZSymmetryQuery),
            responses: {
              "200": { description: "The teams and the correlation.", content: json("SymmetryResult") },
              "404": problemResponse("teamId is not a team of this organisation."),
              "422": problemResponse("Invalid query (listed in `errors`), or a filter refused by the anonymity rules."),
              ...errors,
            },
          },
        },
        "/api/v1/employee-events": {
          post: {
            operationId: "createEmployeeEvent",
            summary: "Report an employee moment of truth",
            description:
              "Schedules a short personal eNPS pulse for that employee, due after the delay the organisation's catalogue gives the employee moment of this type (by default 30 days after an onboarding), answerable for 14 days. Its answers are anonymous and only shown aggregated per event type above the anonymity threshold. An unknown employee is a 422, and so is a type whose moment is retired, missing or does not trigger a pulse in the catalogue (by default recruitment and first_tools do not).",
            requestBody: { required: true, content: json("EmployeeEventInput") },
            responses: {
              "201": { description: "Event stored; the personal pulse is due at surveyDueAt.", content: json("EmployeeEvent") },
              ...errors,
              ...bodyErrors,
            },
          },
        },
        "/api/v1/teams": directorySyncPath({
          sync: "syncTeams",
          list: "listTeams",
          summary: "Sync the team tree from the HR system",
          description:
            "Teams are matched on `externalId` (teams made in Symétrie without one are left alone). New ones are created, names, kinds and parents updated, archived ones present again restored; with `mode=mirror`, synced teams missing from the body are archived (refused while they hold active people). Idempotent: the same body again changes nothing. Any row error: 422 listing every error by index, nothing changed. `dryRun=true` answers the same diff without writing.",
          body: "TeamSyncBody",
          result: "TeamSyncResult",
          listSummary: "The team tree as synced, 500 teams a page",
          page: "SyncedTeamsPage",
        }),
        "/api/v1/people": directorySyncPath({
          sync: "syncPeople",
          list: "listPeople",
          summary: "Sync the people from the HR system",
          description:
            "People are matched on `externalId`, then on `email` (someone added in Symétrie without an HR id gets linked to it). New ones are created (an address already known in another organisation joins this one too), names, addresses, roles and teams updated, inactive ones present again reactivated; with `mode=mirror`, synced people missing from the body are deactivated (their anonymous answers stay). The sync never gives nor takes ADMIN: an administrator keeps that role. `teamExternalId` must name a live team already synced (PUT /api/v1/teams first), or be null. When the organisation opted in, a new person is an onboarding moment of truth and a team change a job change, each scheduling a personal pulse. Idempotent: the same body again changes nothing. Any row error (duplicate id or address in the body, unknown or archived team, a role outside the list, an address that is not one or belongs to someone else): 422 listing every error by index, nothing changed. `dryRun=true` answers the same diff without writing.",
          body: "PeopleSyncBody",
          result: "PeopleSyncResult",
          listSummary: "The people as synced, 500 a page",
          page: "SyncedPeoplePage",
        }),
        ...importPaths,
        ...actionPaths(actionHelpers),
        ...kpiPaths({ ...actionHelpers, queryParameters }),
        "/api/v1/openapi.json": {
          get: {
            operationId: "getOpenApi",
            summary: "This document",
            security: [],
            responses: { "200": { description: "OpenAPI 3.1 document." } },
          },
        },
      },
      problemResponse,
    ),
    webhooks: actionWebhooks(actionHelpers),
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An organisation API key (sym_…)." } },
      schemas: {
        ...components("input", {
          CreateContactInput: ZCreateContactInput,
          BulkContactsBody: ZBulkContactsBody,
          EmployeeEventInput: ZEmployeeEventInput,
          ImportResponseRow: ZImportResponseRow,
          ImportResponsesBody: ZImportResponsesBody,
          TeamSyncBody: ZTeamSyncBodyDoc,
          PeopleSyncBody: ZPeopleSyncBodyDoc,
          ...actionInputSchemas,
          ...kpiInputSchemas,
        }),
        ...components("output", {
          ContactLink: ZContactLink,
          BulkContactsResult: ZBulkContactsResult,
          CustomerResponse: ZCustomerResponse,
          ResponsesPage: ZResponsesPage,
          SymmetryResult: ZSymmetryResult,
          Problem: ZProblem,
          EmployeeEvent: ZEmployeeEvent,
          ImportResponsesResult: ZImportResponsesResult,
          ImportProblem: ZImportProblem,
          TeamSyncResult: ZTeamSyncResult,
          SyncProblem: ZSyncProblem,
          SyncedTeamsPage: ZSyncedTeamsPage,
          PeopleSyncResult: ZPeopleSyncResult,
          SyncedPeoplePage: ZSyncedPeoplePage,
          Catalogue: ZCatalogue,
          ...actionOutputSchemas,
          ...kpiOutputSchemas,
        }),
      },
    },
  };
}
