// POST /api/v1/import/responses: historical answers of both sides from a previous tool, as JSON
// (an array of rows, or { rows }) or CSV. Valid rows are stored as one import (201 with its id,
// which DELETE undoes); invalid ones are reported by index and field. No valid row: 422.
// An optional Idempotency-Key header makes a retry replay the first answer (200) instead of
// importing the rows twice; the same key with other rows is refused (422).
import { createHash } from "node:crypto";
import { importResponses } from "@/lib/db/response-imports/import-responses";
import { apiRoute } from "@/lib/http/api-route";
import { problem } from "@/lib/http/problem";
import { MAX_IMPORT_BODY_BYTES, ZImportResponsesEnvelope } from "@/lib/surveys/import-response-schema";
import { csvLineOf, readResponsesCsv } from "@/lib/surveys/import-responses-csv";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export const POST = apiRoute(
  { scope: "history:import", body: ZImportResponsesEnvelope, csv: readResponsesCsv, maxBodyBytes: MAX_IMPORT_BODY_BYTES },
  async ({ principal, body, format, request }) => {
    const key = request.headers.get("idempotency-key");
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
      return problem(422, "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).", {
        errors: [{ field: "Idempotency-Key", message: "invalid" }],
      });
    }
    const idempotency = key === null ? undefined : { key, requestHash: createHash("sha256").update(JSON.stringify(body)).digest("hex") };
    const { importId, created, errors: rowErrors, replayed } = await importResponses(principal, body, { idempotency });
    // A CSV's author reads line numbers, not indexes: say which line each error is on.
    const errors =
      format === "csv" ? rowErrors.map((error) => ({ ...error, message: `line ${csvLineOf(error.index)}: ${error.message}` })) : rowErrors;
    if (importId === null) return problem(422, "No row is valid: nothing was imported.", { errors });
    if (replayed) return Response.json({ importId, created, errors }, { status: 200, headers: { "idempotent-replayed": "true" } });
    return Response.json({ importId, created, errors }, { status: 201 });
  },
);
