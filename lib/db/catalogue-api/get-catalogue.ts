// The organisation's catalogue as an integrator sees it (GET /api/v1/catalogue, issue 13 §4):
// the channels, both sides' moments of truth, the mirrored item pairs and the irritants, with
// their keys and FR/EN labels. Only active entries are listed: a retired one is no longer
// accepted by POST /api/v1/contacts (422), its history stays in the dashboard.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { contactChannels, type ContactChannel } from "@/lib/surveys/contact-schema";
import { DEFAULT_CONTACT_MOMENT_KEY } from "@/lib/surveys/defaults";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface CatalogueLabelDto {
  key: string;
  labelFr: string;
  labelEn: string;
  position: number;
}

export interface CatalogueIrritantDto extends CatalogueLabelDto {
  /** The key of the other side's irritant it mirrors (waiting time ↔ slow tools), null when none. */
  mirrorKey: string | null;
}

export interface CatalogueDto {
  channels: Array<{ key: ContactChannel; labelFr: string; labelEn: string }>;
  customer: {
    /** The moment a contact gets when momentOfTruth is left out. */
    defaultMomentOfTruth: string | null;
    momentsOfTruth: CatalogueLabelDto[];
    irritants: CatalogueIrritantDto[];
  };
  employee: { momentsOfTruth: CatalogueLabelDto[]; irritants: CatalogueIrritantDto[] };
  itemPairs: Array<{
    dimension: string;
    position: number;
    customer: { textFr: string; textEn: string };
    employee: { textFr: string; textEn: string };
  }>;
}

const label = { key: true, labelFr: true, labelEn: true, position: true } as const;
const byPosition = [{ position: "asc" as const }, { key: "asc" as const }];

export async function getCatalogue(principal: Principal): Promise<CatalogueDto> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "catalogue:read")) throw new ForbiddenError();
    const organisationId = principal.organisationId;
    const [moments, irritants, items] = await Promise.all([
      db().momentOfTruth.findMany({ where: { organisationId, active: true }, orderBy: byPosition, select: { ...label, side: true } }),
      db().irritant.findMany({
        where: { organisationId, active: true },
        orderBy: byPosition,
        select: { ...label, side: true, mirror: { select: { key: true, active: true, organisationId: true } } },
      }),
      db().mirroredItem.findMany({ where: { organisationId, active: true }, orderBy: [{ position: "asc" }, { dimension: "asc" }] }),
    ]);
    const momentsOf = (side: "CUSTOMER" | "EMPLOYEE") => moments.filter((m) => m.side === side).map(({ side: _side, ...m }) => m);
    const irritantsOf = (side: "CUSTOMER" | "EMPLOYEE") =>
      irritants
        .filter((i) => i.side === side)
        .map(({ side: _side, mirror, ...i }) => ({
          ...i,
          mirrorKey: mirror && mirror.active && mirror.organisationId === organisationId ? mirror.key : null,
        }));
    const customerMoments = momentsOf("CUSTOMER");
    return {
      channels: contactChannels.map((key) => ({ key, labelFr: fr.qrCatalogue.channels[key], labelEn: en.qrCatalogue.channels[key] })),
      customer: {
        defaultMomentOfTruth: customerMoments.some((m) => m.key === DEFAULT_CONTACT_MOMENT_KEY) ? DEFAULT_CONTACT_MOMENT_KEY : null,
        momentsOfTruth: customerMoments,
        irritants: irritantsOf("CUSTOMER"),
      },
      employee: { momentsOfTruth: momentsOf("EMPLOYEE"), irritants: irritantsOf("EMPLOYEE") },
      itemPairs: items.map((item) => ({
        dimension: item.dimension,
        position: item.position,
        customer: { textFr: item.customerTextFr, textEn: item.customerTextEn },
        employee: { textFr: item.employeeTextFr, textEn: item.employeeTextEn },
      })),
    };
  });
}
