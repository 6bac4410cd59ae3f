// Who may see a detractor's full email address (issue 14 §4): CX (followUps:reveal) and the
// follow-up's assignee, whatever their role. Pure: the data layer asks it before each reveal.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";

export const mayReveal = (actor: Actor, assigneeId: string | null) => can(actor, "followUps:reveal") || assigneeId === actor.membershipId;
