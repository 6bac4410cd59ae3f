// What a leaf team's kind of work looks like to its customers: channels, moments of truth
// and the irritants they meet (indexes into DEFAULT_IRRITANT_PAIRS, so both sides of a
// team complain about mirrored things).
import type { Channel } from "@/lib/db/generated/client";
import type { LeafProfile } from "./org-plan";

type Weighted<T> = readonly (readonly [T, number])[];

export type ProfileMix = {
  channels: Weighted<Channel>;
  moments: Weighted<string>;
  /** attente, renvoi, pas_rappele, information_floue, se_repeter, accueil_froid. */
  irritants: readonly number[];
  /** Median seconds to handle a contact (AVERAGE_HANDLING_TIME); null where it means nothing. */
  handlingSeconds: number | null;
};

export const PROFILE_MIX: Record<LeafProfile, ProfileMix> = {
  relation: {
    channels: [
      ["PHONE", 55],
      ["EMAIL", 20],
      ["CHAT", 25],
    ],
    moments: [
      ["premier_achat", 1],
      ["premiere_utilisation", 2],
      ["premiere_facture", 3],
      ["panne", 2],
      ["reclamation", 3],
      ["demande_information", 5],
    ],
    irritants: [3, 3, 2, 2, 3, 1],
    handlingSeconds: 390,
  },
  magasin: {
    channels: [
      ["STORE", 85],
      ["PHONE", 15],
    ],
    moments: [
      ["premier_achat", 4],
      ["reclamation", 1],
      ["visite_magasin", 6],
      ["demande_information", 2],
    ],
    irritants: [3, 1, 1, 2, 1, 3],
    handlingSeconds: null,
  },
  livraison: {
    channels: [
      ["FIELD", 70],
      ["PHONE", 30],
    ],
    moments: [
      ["premier_achat", 3],
      ["premiere_utilisation", 2],
      ["reclamation", 2],
      ["demande_information", 2],
    ],
    irritants: [3, 1, 3, 3, 1, 1],
    handlingSeconds: 240,
  },
  sav: {
    channels: [
      ["FIELD", 40],
      ["STORE", 30],
      ["PHONE", 30],
    ],
    moments: [
      ["premiere_utilisation", 2],
      ["panne", 6],
      ["reclamation", 2],
      ["demande_information", 1],
    ],
    irritants: [2, 2, 3, 2, 2, 1],
    handlingSeconds: 520,
  },
};
