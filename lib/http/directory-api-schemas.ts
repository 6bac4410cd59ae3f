// The shapes of the directory sync API (issue 12 §4) as the OpenAPI document describes them; the
// routes validate the rows one by one (lib/organisations/team-sync.ts) to report every error by index.
import { z } from "zod";
import { roles } from "@/lib/auth/actor-types";
import { teamKinds } from "@/lib/organisations/team-schema";
import { MAX_SYNC_PEOPLE, ZPeopleSyncRow } from "@/lib/organisations/people-sync";
import { ZTeamSyncRow } from "@/lib/organisations/team-sync";

export const ZDirectorySyncQuery = z.strictObject({
  dryRun: z.enum(["true", "false"], { error: "must be true or false" }).optional().describe("true: answer the diff, write nothing."),
  mode: z
    .enum(["merge", "mirror"], { error: "must be merge or mirror" })
    .optional()
    .describe(
      "mirror: also archive the synced teams (deactivate the synced people) missing from the body; merge, the default, leaves them.",
    ),
});

export const ZDirectoryPageQuery = z.strictObject({
  after: z.string().max(100).optional().describe("The `next` of the previous page."),
});

export const ZTeamSyncBodyDoc = z.object({ teams: z.array(ZTeamSyncRow).max(20_000) });

const ZSyncRowError = z.object({
  index: z
    .int()
    .describe(
      "The row's index in `teams` or `people`; -1 for the body as a whole (e.g. mirror mode refusing to archive a team that still has people).",
    ),
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
  events: z.int().describe("Reorganisation moments of truth created for the moved teams' people; 0 unless the organisation opted in."),
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

export const ZPeopleSyncBodyDoc = z.object({ people: z.array(ZPeopleSyncRow).max(MAX_SYNC_PEOPLE) });

export const ZPeopleSyncResult = z.object({
  dryRun: z.boolean(),
  mirror: z.boolean(),
  applied: z.boolean().describe("false on a dry run, or when nothing changes (sending the same body again)."),
  counts: z.object({ created: z.int(), updated: z.int(), moved: z.int(), deactivated: z.int(), reactivated: z.int(), unchanged: z.int() }),
  errors: z.array(ZSyncRowError),
  changes: z
    .object({
      created: z.array(z.string()),
      updated: z.array(z.string()),
      moved: z.array(z.string()),
      deactivated: z.array(z.string()),
      reactivated: z.array(z.string()),
    })
    .describe("HR ids per kind of change (at most 1 000 each; the counts are exact)."),
  events: z.int().describe("Employee moments of truth created (onboarding, job change); 0 unless the organisation opted in."),
});

export const ZSyncedPeoplePage = z.object({
  people: z.array(
    z.object({
      id: z.uuid(),
      externalId: z.string().nullable(),
      email: z.string(),
      name: z.string().describe("givenName and familyName, joined by a space."),
      role: z.enum(roles),
      teamExternalId: z.string().nullable(),
      teamId: z.uuid().nullable(),
      active: z.boolean(),
    }),
  ),
  next: z.string().nullable(),
});
