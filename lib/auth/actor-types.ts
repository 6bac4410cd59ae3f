// The acting user as every check sees it: who, in which organisation, with which role and
// which part of the team tree. Built on the server from the session (lib/auth/get-actor.ts).
import type { Locale } from "@/lib/i18n/config";

export const roles = ["ADMIN", "HR", "CX", "MANAGER", "EMPLOYEE"] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: string;
  membershipId: string;
  name: string;
  email: string;
  locale: Locale;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** The team the person belongs to (a MANAGER's team is the root of what they see). */
  teamId: string | null;
  /** Materialised path of that team ("/root/…/team/"), null when none. */
  teamPath: string | null;
  minGroupSize: number;
}
