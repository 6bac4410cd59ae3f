// The HR-system sync from a CSV file (issue 12 §4, the upload page): the file is read into the
// sync body and handed to syncTeams / syncPeople, whose plan, checks, all-or-nothing transaction
// and audit entry are the API's own. A dry run is the preview. A row the CSV reader refused is not
// in the body, so such a file is only ever previewed: applying it without that row would be wrong.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import type { CsvFileProblem } from "@/lib/csv/read-csv";
import { ForbiddenError } from "@/lib/errors";
import { errorsByLine, readDirectoryCsv, sortErrors, type DirectoryCsvError, type DirectoryFile } from "@/lib/organisations/directory-csv";
import { syncPeople } from "./sync-people";
import { syncTeams } from "./sync-teams";
import { withOrganisation } from "../tenant-context";

/** More errors than this are counted, not listed: a page of 30 000 errors helps nobody. */
export const MAX_LISTED_SYNC_ERRORS = 500;

export type DirectoryCsvSyncDto =
  | { ok: false; problem: CsvFileProblem }
  | {
      ok: true;
      file: DirectoryFile;
      dryRun: boolean;
      mirror: boolean;
      applied: boolean;
      /** Rows of the file (blank lines aside). */
      rows: number;
      /** What changes, in the sync's own order (teams: created, renamed…; people: created, updated…). */
      changes: Array<{ kind: string; count: number; ids: string[] }>;
      unchanged: number;
      errors: DirectoryCsvError[];
      errorCount: number;
    };

export async function syncDirectoryCsv(
  principal: Principal,
  file: DirectoryFile,
  text: string,
  options: { dryRun: boolean; mirror: boolean },
): Promise<DirectoryCsvSyncDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "directory:sync")) throw new ForbiddenError();
    const read = readDirectoryCsv(file, text);
    if (!read.ok) return read;
    const dryRun = options.dryRun || read.errors.length > 0;
    const sync = file === "teams" ? syncTeams : syncPeople;
    const result = await sync(principal, read.rows, { dryRun, mirror: options.mirror });
    const { unchanged, ...counts } = result.counts as Record<string, number>;
    const changes = result.changes as Record<string, string[]>;
    const errors = sortErrors([
      ...read.errors.map(({ line, field, message, problem }) => ({ line, field, message, ...(problem ? { problem } : {}) })),
      ...errorsByLine(file, result.errors, read.lines),
    ]);
    return {
      ok: true,
      file,
      dryRun: options.dryRun,
      mirror: result.mirror,
      applied: result.applied,
      rows: read.rows.length + new Set(read.errors.map((error) => error.line)).size,
      changes: Object.entries(counts).map(([kind, count]) => ({ kind, count, ids: changes[kind] ?? [] })),
      unchanged: unchanged ?? 0,
      errors: errors.slice(0, MAX_LISTED_SYNC_ERRORS),
      errorCount: errors.length,
    };
  });
}
