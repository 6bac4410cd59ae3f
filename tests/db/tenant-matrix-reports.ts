// The tenant matrix's entries for the monthly report (issue 15 §3), spread into
// tenant-matrix-entries.ts: called by organisation A's principals, the report and its month's
// actions show nothing of B, and B's team is "not found".
import { expect } from "vitest";
import { listMonthActions } from "@/lib/db/actions/list-month-actions";
import { getMonthlyReport } from "@/lib/db/reports/get-monthly-report";
import { NotFoundError } from "@/lib/errors";
import { lastFullMonth } from "@/lib/reports/report-month";
import { leaksOf, type TenantWorld } from "./tenant-world";

type Check = (w: TenantWorld) => Promise<void>;

const aPrincipals = (w: TenantWorld) => [w.a.actors.ADMIN, w.a.actors.HR, w.a.actors.CX, w.a.actors.MANAGER, w.a.actors.EMPLOYEE];

export const reportEntries: Record<string, Check> = {
  getMonthlyReport: async (w) => {
    const month = lastFullMonth();
    for (const principal of aPrincipals(w)) expect(leaksOf(await getMonthlyReport(principal, { month }), w.b)).toEqual([]);
    expect(JSON.stringify(await getMonthlyReport(w.a.actors.HR, { month, teamId: w.a.teams.T1 }))).toContain(w.a.teams.T1);
    await expect(getMonthlyReport(w.a.actors.HR, { month, teamId: w.b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
  },
  listMonthActions: async (w) => {
    const month = lastFullMonth();
    for (const principal of [...aPrincipals(w), w.a.key]) expect(leaksOf(await listMonthActions(principal, { month }), w.b)).toEqual([]);
    await expect(listMonthActions(w.a.actors.ADMIN, { month, teamId: w.b.teams.T1 })).rejects.toBeInstanceOf(NotFoundError);
  },
};
