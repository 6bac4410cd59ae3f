// Message catalogues by locale. `Messages` is fr.ts's shape with every leaf widened to
// string, so en.ts fails to compile when a key is missing or extra.
import type { Locale } from "./config";
import { fr } from "./messages/fr";
import { en } from "./messages/en";

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;

const catalogues: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}
