// The state the KPI CSV upload form and its server action hand each other (serialisable): the
// preview (counts, the first rows, every refused row with its sentence) or the import done.
import type { ActionResult } from "@/lib/http/server-action";

export interface KpiSampleRow {
  line: number;
  team: string;
  month: string;
  kpi: string;
  value: string;
}

export interface KpiPreviewError {
  line: number;
  field: string;
  message: string;
}

export type KpiImportStep =
  | {
      step: "preview";
      fileName: string;
      csv: string;
      rows: number;
      created: number;
      updated: number;
      sample: KpiSampleRow[];
      errors: KpiPreviewError[];
      refusedRows: number;
    }
  | { step: "done"; fileName: string; rows: number; created: number; updated: number };

/** null: the upload form, nothing sent yet. */
export type KpiImportState = ActionResult<KpiImportStep> | null;
