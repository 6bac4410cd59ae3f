// Where a signed-in person lands (after sign-in, on /{locale}, from the logo): an employee on
// their home — their pulses and their team's published results (issue 19 §5) — every other role
// on the mirrored dashboard. Pure.
import type { Role } from "./actor-types";

/** The landing page's path after the locale: "/home" or "/dashboard". */
export function landingSegment(role: Role): "/home" | "/dashboard" {
  return role === "EMPLOYEE" ? "/home" : "/dashboard";
}

export function landingPath(locale: string, role: Role): string {
  return `/${locale}${landingSegment(role)}`;
}
