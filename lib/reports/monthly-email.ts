// Who may receive the monthly email (issue 15 §3): the people who read results beyond their own
// answers (ADMIN, HR, CX: the organisation; MANAGER: their team). Pure.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";

export const receivesMonthlyReport = (actor: Actor): boolean => actor.role !== "EMPLOYEE" && can(actor, "results:read");
