// The documented shape of GET /api/v1/catalogue (issue 13 §4), for openapi.json; the route answers
// lib/db/catalogue-api/get-catalogue.ts's CatalogueDto, which tests/db/catalogue-api.test.ts checks against this schema.
import { z } from "zod";
import { contactChannels } from "@/lib/surveys/contact-schema";

const ZLabelled = {
  key: z.string().describe("The stable key, e.g. the value of momentOfTruth in POST /api/v1/contacts."),
  labelFr: z.string(),
  labelEn: z.string(),
  position: z.int().describe("Display order, smallest first."),
};

const ZIrritant = z.strictObject({
  ...ZLabelled,
  mirrorKey: z.string().nullable().describe("Key of the other side's irritant it mirrors (waiting time ↔ slow tools); null when none."),
});

const ZMoment = z.strictObject(ZLabelled);
const ZText = z.strictObject({ textFr: z.string(), textEn: z.string() });

export const ZCatalogue = z.strictObject({
  channels: z
    .array(z.strictObject({ key: z.enum(contactChannels), labelFr: z.string(), labelEn: z.string() }))
    .describe("The values of `channel` in POST /api/v1/contacts."),
  customer: z.strictObject({
    defaultMomentOfTruth: z
      .string()
      .nullable()
      .describe(
        'The moment a contact gets when momentOfTruth is left out ("non_precise", Unspecified); null if the organisation retired it.',
      ),
    momentsOfTruth: z
      .array(ZMoment)
      .describe(
        "The active customer moments: exactly the keys POST /api/v1/contacts accepts. Retired ones are not listed and are refused (422).",
      ),
    irritants: z.array(ZIrritant).describe("Active customer irritants."),
  }),
  employee: z.strictObject({
    momentsOfTruth: z.array(ZMoment).describe("Active employee moments of truth."),
    irritants: z.array(ZIrritant).describe("Active employee irritants."),
  }),
  itemPairs: z
    .array(z.strictObject({ dimension: z.string(), position: z.int(), customer: ZText, employee: ZText }))
    .describe("The active mirrored item pairs: one dimension, the customer's and the employee's statement."),
});
