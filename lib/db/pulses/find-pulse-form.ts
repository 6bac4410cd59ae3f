// What the employee answer page draws: the pulse, its questions in the reader's language and
// the organisation's anonymity threshold, or why it cannot be answered (never a 500).
import type { Actor } from "@/lib/auth/actor-types";
import type { Locale } from "@/lib/i18n/config";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { loadPulseForActor } from "./load-pulse-for-actor";
import { findEmployeeWording } from "../wording/employee-wording";
import { withOrganisation } from "../tenant-context";

export interface PulseFormDto {
  pulseId: string;
  pulseName: string;
  organisationName: string;
  brandColor: string;
  minGroupSize: number;
  closesAt: Date;
  items: Array<{ id: string; text: string }>;
  irritants: Array<{ id: string; label: string }>;
  includeSuggestion: boolean;
  /** The organisation's own wording (SurveyWording, employee side); absent or null = standard. */
  questionName?: string | null;
  intro?: string | null;
}

export type PulseFormResult = { status: "open"; form: PulseFormDto } | { status: "answered" | "notOpen" | "notFound" };

export async function findPulseForm(actor: Actor, pulseId: string, locale: Locale, preview = false): Promise<PulseFormResult> {
  return withOrganisation(actor.organisationId, async () => {
    const client = db();
    const pulse = await loadPulseForActor(client, actor, pulseId, preview);
    if (!pulse) return { status: "notFound" };
    if (!preview) {
      if (pulse.status !== "OPEN") return { status: "notOpen" };
      const participation = await client.pulseParticipation.findUnique({
        where: { pulseId_membershipId: { pulseId, membershipId: actor.membershipId } },
        select: { answered: true },
      });
      if (participation?.answered) return { status: "answered" };
    }
    const organisation = await client.organisation.findUniqueOrThrow({
      where: { id: actor.organisationId },
      select: { name: true, brandColor: true, minGroupSize: true },
    });
    const catalogue = await employeeCatalogue(client, actor.organisationId, locale, pulse);
    const wording = await findEmployeeWording(actor, locale);
    return {
      status: "open",
      form: {
        pulseId: pulse.id,
        pulseName: pulse.name,
        organisationName: organisation.name,
        brandColor: organisation.brandColor,
        minGroupSize: Math.max(3, organisation.minGroupSize),
        closesAt: pulse.closesAt,
        includeSuggestion: pulse.includeSuggestion,
        questionName: wording?.questionName ?? null,
        intro: wording?.intro ?? null,
        ...catalogue,
      },
    };
  });
}

/** The employee side of the active mirrored items and irritants, in the pulse's toggles. */
export async function employeeCatalogue(
  client: Prisma.TransactionClient,
  organisationId: string,
  locale: Locale,
  toggles: { includeItems: boolean; includeIrritants: boolean },
): Promise<Pick<PulseFormDto, "items" | "irritants">> {
  const items = toggles.includeItems
    ? await client.mirroredItem.findMany({
        where: { organisationId, active: true },
        orderBy: { position: "asc" },
        select: { id: true, employeeTextFr: true, employeeTextEn: true },
      })
    : [];
  const irritants = toggles.includeIrritants
    ? await client.irritant.findMany({
        where: { organisationId, side: "EMPLOYEE", active: true },
        orderBy: { position: "asc" },
        select: { id: true, labelFr: true, labelEn: true },
      })
    : [];
  return {
    items: items.map((i) => ({ id: i.id, text: locale === "fr" ? i.employeeTextFr : i.employeeTextEn })),
    irritants: irritants.map((i) => ({ id: i.id, label: locale === "fr" ? i.labelFr : i.labelEn })),
  };
}
