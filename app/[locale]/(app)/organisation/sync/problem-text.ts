// A problem with a whole HR-system sync file as the sentence the upload form shows (directorySync.problems).
import type { DirectorySyncProblem } from "@/components/organisation/directory-sync-state";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import {
  MAX_DIRECTORY_CSV_BYTES,
  MAX_DIRECTORY_CSV_ROWS,
  PEOPLE_CSV_COLUMNS,
  TEAM_CSV_COLUMNS,
  type DirectoryFile,
} from "@/lib/organisations/directory-csv";

export function syncProblemText(problem: DirectorySyncProblem, file: DirectoryFile, t: Messages): string {
  const p = t.directorySync.problems;
  switch (problem.code) {
    case "tooLarge":
      return fmt(p.tooLarge, { size: fmt(t.directorySync.megabytes, { n: MAX_DIRECTORY_CSV_BYTES[file] / 1024 / 1024 }) });
    case "tooManyRows":
      return fmt(p.tooManyRows, { rows: problem.rows, max: MAX_DIRECTORY_CSV_ROWS[file] });
    case "unknownColumns":
      return fmt(p.unknownColumns, {
        columns: problem.columns.join(", "),
        expected: (file === "teams" ? TEAM_CSV_COLUMNS : PEOPLE_CSV_COLUMNS).join(", "),
      });
    case "duplicateColumns":
    case "missingColumns":
      return fmt(p[problem.code], { columns: problem.columns.join(", ") });
    default:
      return p[problem.code];
  }
}
