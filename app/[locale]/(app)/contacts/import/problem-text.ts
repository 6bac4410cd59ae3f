// An import problem as the sentence the upload form shows (contacts.problems namespace).
import { CONTACT_CSV_COLUMNS } from "@/lib/contacts/parse-contacts-csv";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportProblem } from "@/components/contacts/import-state";

export function problemText(problem: ImportProblem, t: Messages["contacts"]): string {
  switch (problem.code) {
    case "tooManyRows":
      return fmt(t.problems.tooManyRows, { rows: problem.rows });
    case "unknownColumns":
      return fmt(t.problems.unknownColumns, { columns: problem.columns.join(", "), expected: CONTACT_CSV_COLUMNS.join(", ") });
    case "duplicateColumns":
    case "missingColumns":
      return fmt(t.problems[problem.code], { columns: problem.columns.join(", ") });
    default:
      return t.problems[problem.code];
  }
}
