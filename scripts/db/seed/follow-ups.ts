// A detractor's closed-loop follow-up: old ones are closed with a note, recent ones still open.
import type { Prisma } from "@/lib/db/generated/client";
import { addDays, addHours, monthStart } from "./calendar";
import type { Rng } from "./prng";

const CLOSING_NOTES = [
  "Client rappelé, excuses présentées et geste commercial accordé.",
  "Client rappelé : livraison reprogrammée à la date de son choix.",
  "Rappel effectué, remboursement validé le jour même.",
  "Client recontacté, intervention du technicien replanifiée.",
  "Message laissé puis échange par e-mail, le client est satisfait de la solution.",
];

type FollowUpDraft = { organisationId: string; teamId: string; responseId: string; submittedAt: Date; assigneeId: string | null };

export function buildFollowUp(rng: Rng, draft: FollowUpDraft): Prisma.FollowUpCreateManyInput {
  const { submittedAt, ...ids } = draft;
  const createdAt = addHours(submittedAt, 0.01);
  const october = monthStart(6);
  const november = monthStart(7);
  // The demo's detractors were told to their managers when they came (no mail flood at the first run).
  const row = { id: rng.uuid(), ...ids, createdAt, notifiedAt: createdAt };
  if (submittedAt < october || (submittedAt < november && rng.chance(0.5))) {
    return { ...row, status: "CLOSED", closedAt: addDays(createdAt, 1 + 5 * rng.next()), note: rng.pick(CLOSING_NOTES) };
  }
  if (submittedAt < november || rng.chance(0.3)) {
    return { ...row, status: "IN_PROGRESS", note: "Premier appel sans réponse, nouvel essai prévu." };
  }
  return { ...row, status: "OPEN" };
}
