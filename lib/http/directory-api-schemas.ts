// The shapes of the directory sync API (issue 12 §4) as the OpenAPI document describes them; the
// routes validate the rows one by one (lib/organisations/team-sync.ts) to report every error by index.
import { z } from "zod";
import { teamKinds } from "@/lib/organisations/team-schema";
import { ZTeamSyncRow } from "@/lib/organisations/team-sync";

export const ZDirectorySyncQuery = z.strictObject({
  dryRun: z.enum(["true", "false"], { error: "must be true or false" }).optional().describe("true: answer the diff, write nothing."),
  mode: z
    .enum(["merge", "mirror"], { error: "must be merge or mirror" })
    .optional()
    .describe("mirror: also archive the synced teams missing from the body (merge, the default, leaves them)."),
});

export const ZDirectoryPageQuery = z.strictObject({
  after: z.string().max(100).optional().describe("The `next` of the previous page."),
});

export const ZTeamSyncBodyDoc = z.object({ teams: z.array(ZTeamSyncRow).max(20_000) });

const ZSyncRowError = z.object({
  index: z.int().describe("The row's index in `teams`; -1 for a team missing from the body (mirror mode)."),
  field: z.string(),
  message: z.string(),
});

export const ZTeamSyncResult = z.object({
  dryRun: z.boolean(),
  mirror: z.boolean(),
  applied: z.boolean().describe("false on a dry run, or when nothing changes (sending the same body again)."),
  counts: z.object({ created: z.int(), renamed: z.int(), moved: z.int(), archived: z.int(), restored: z.int(), unchanged: z.int() }),
  errors: z.array(ZSyncRowError),
  changes: z
    .object({
      created: z.array(z.string()),
      renamed: z.array(z.string()),
      moved: z.array(z.string()),
      archived: z.array(z.string()),
      restored: z.array(z.string()),
    })
    .describe("HR ids per kind of change (at most 1 000 each; the counts are exact)."),
});

export const ZSyncProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  errors: z.array(ZSyncRowError),
});

export const ZSyncedTeamsPage = z.object({
  teams: z.array(
    z.object({
      id: z.uuid(),
      externalId: z.string().nullable(),
      name: z.string(),
      kind: z.enum(teamKinds),
      parentExternalId: z.string().nullable(),
      parentId: z.uuid().nullable(),
      archived: z.boolean(),
    }),
  ),
  next: z.string().nullable(),
});
