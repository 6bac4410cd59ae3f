// Who gets detractor alerts (issue 14 §4): managers, for the teams they manage. The organisation-wide
// roles read the follow-ups list instead, so only managers see the choice on « Mon compte ». Pure.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";

export const receivesDetractorAlerts = (actor: Actor): boolean => actor.role === "MANAGER" && can(actor, "followUps:manage");
