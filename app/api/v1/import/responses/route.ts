// POST /api/v1/import/responses: historical answers of both sides from a previous tool, as JSON
// (an array of rows, or { rows }) or CSV. Valid rows are stored as one import (201 with its id,
// which DELETE undoes); invalid ones are reported by index and field. No valid row: 422.
import { importResponses } from "@/lib/db/response-imports/import-responses";
import { apiRoute } from "@/lib/http/api-route";
import { problem } from "@/lib/http/problem";
import { MAX_IMPORT_BODY_BYTES, ZImportResponsesEnvelope } from "@/lib/surveys/import-response-schema";
import { csvLineOf, readResponsesCsv } from "@/lib/surveys/import-responses-csv";

export const POST = apiRoute({ body: ZImportResponsesEnvelope, csv: readResponsesCsv, maxBodyBytes: MAX_IMPORT_BODY_BYTES }, async ({ principal, body, format }) => {
  const { importId, created, errors: rowErrors } = await importResponses(principal, body);
  // A CSV's author reads line numbers, not indexes: say which line each error is on.
  const errors = format === "csv" ? rowErrors.map((error) => ({ ...error, message: `line ${csvLineOf(error.index)}: ${error.message}` })) : rowErrors;
  if (importId === null) return problem(422, "No row is valid: nothing was imported.", { errors });
  return Response.json({ importId, created, errors }, { status: 201 });
});
