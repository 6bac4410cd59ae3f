// The KPI CSV upload's form handling (issue 15 §1), apart from its "use server" file so db tests
// run it through the action wrapper as the page does. "preview" reads the uploaded file and runs
// the import as a dry run: the first rows, every refused row with its sentence, the counts.
// "import" takes the previewed text sent back and imports it for real, everything checked again,
// all or nothing.
import { z } from "zod";
import type { KpiImportStep, KpiPreviewError } from "@/components/kpis/kpi-import-state";
import { importKpis } from "@/lib/db/kpis/import-kpis";
import { csvUploadFields, readUploadedCsv, sentBackCsv, type CsvUploadProblem } from "@/lib/http/csv-upload-form";
import { ActionRefusal, type ActionContext, type ActionSpec } from "@/lib/http/server-action";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { readKpisCsv, type KpiCsvRead } from "@/lib/kpis/kpi-csv";
import { MAX_KPI_BODY_BYTES, MAX_KPI_ROWS, type KpiRowError } from "@/lib/kpis/kpi-import-schema";

export const ZKpiImportForm = z.object({ intent: z.enum(["preview", "import"]).catch("preview"), ...csvUploadFields });
type KpiImportForm = z.infer<typeof ZKpiImportForm>;

export const kpiImportSpec: ActionSpec<typeof ZKpiImportForm> = {
  name: "settings/kpis/import",
  input: ZKpiImportForm,
  can: "kpis:manage",
  read: (form) => Object.fromEntries(["intent", "csv", "fileName", "file"].map((key) => [key, form.get(key)])),
};

const SAMPLE_ROWS = 10;
type Problem = CsvUploadProblem | Exclude<KpiCsvRead, { ok: true }>["problem"];

function problemText(problem: Problem, lines: number[], t: Messages["kpis"]["import"]["problems"]): string {
  switch (problem.code) {
    case "tooManyRows":
      return fmt(t.tooManyRows, { rows: problem.rows, max: MAX_KPI_ROWS });
    case "unknownColumns":
    case "duplicateColumns":
    case "missingColumns":
      return fmt(t[problem.code], { columns: problem.columns.join(", ") });
    case "malformed":
      return fmt(t.malformed, { lines: lines.join(", ") });
    default:
      return t[problem.code];
  }
}

const refuse = (problem: Problem, t: Messages, lines: number[] = []): never => {
  throw new ActionRefusal(problem.code, problemText(problem, lines, t.kpis.import.problems));
};

/** A refused row's sentence in the page's language. */
function rowSentence(error: KpiRowError, lines: number[], t: Messages["kpis"]["import"]["row"]): string {
  if (error.code === "outOfRange") return t.outOfRange[error.unit ?? "NUMBER"];
  if (error.code === "duplicate") return fmt(t.duplicate, { line: lines[error.firstIndex ?? 0] ?? "?" });
  return t[error.code];
}

export async function handleKpiImport({ actor, input, t }: ActionContext<KpiImportForm>): Promise<KpiImportStep> {
  let fileName = input.fileName;
  let text = input.csv;
  if (input.intent === "import") {
    const sent = sentBackCsv(text, MAX_KPI_BODY_BYTES);
    if (!sent.ok) return refuse(sent.problem, t);
  } else {
    const upload = await readUploadedCsv(input.file, MAX_KPI_BODY_BYTES);
    if (!upload.ok) return refuse(upload.problem, t);
    ({ fileName, text } = upload);
  }
  const read = readKpisCsv(text);
  if (!read.ok) return refuse(read.problem, t, "errors" in read ? read.errors.map((e) => e.line) : []);
  const result = await importKpis(actor, read.rows, { dryRun: input.intent === "preview" });
  if (result.ok && !result.dryRun) return { step: "done", fileName, rows: result.rows, created: result.created, updated: result.updated };
  const errors: KpiPreviewError[] = result.ok
    ? []
    : result.errors.map((error) => ({
        line: read.lines[error.index] ?? 0,
        field: error.field,
        message: rowSentence(error, read.lines, t.kpis.import.row),
      }));
  const cell = (value: unknown) => (value === undefined ? "" : String(value));
  return {
    step: "preview",
    fileName,
    csv: text,
    rows: result.ok ? result.rows : 0,
    created: result.ok ? result.created : 0,
    updated: result.ok ? result.updated : 0,
    sample: read.rows.slice(0, SAMPLE_ROWS).map((row, i) => ({
      line: read.lines[i]!,
      team: cell(row.team),
      month: cell(row.month),
      kpi: cell(row.kpi),
      value: cell(row.value),
    })),
    errors,
    refusedRows: new Set(errors.map((error) => error.line)).size,
  };
}
