// The HR-system sync's row errors in the reader's language: the data layer answers the API's
// English sentences (lib/organisations/team-sync.ts, people-sync.ts); each known one is matched
// here and said with the directorySync.messages catalogue, its values kept. An unknown sentence
// is shown as it came, never hidden (tests/unit/directory-csv.test.ts checks that every sentence
// the sync can produce from a CSV file is known).
import type { DirectoryCsvError } from "@/lib/organisations/directory-csv";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["directorySync"];
type Key = keyof T["messages"];

const known: Array<[RegExp, Key]> = [
  [/^is required$/, "required"],
  [/^must not be empty$/, "empty"],
  [/^must be at most (?<max>\d+) characters$/, "tooLong"],
  [/^must be DIRECTION, SERVICE or TEAM$/, "kind"],
  [/^must be an email address$/, "email"],
  [/^must be HR, CX, MANAGER or EMPLOYEE/, "role"],
  [/^appears twice in the body \(also on line (?<line>[^)]+)\)$/, "twice"],
  [/^is the team itself$/, "itself"],
  [/^unknown team "(?<id>.*)": not in the body nor in Symétrie$/, "unknownParent"],
  [/^"(?<id>.*)" is missing from the body, so mirroring would archive it$/, "parentMirrored"],
  [/^"(?<id>.*)" is archived: it takes no teams$/, "parentArchived"],
  [/^would make a cycle in the tree$/, "cycle"],
  [/^"(?<id>.*)" \((?<name>.*)\) is missing from the body but still has (?<n>\d+) active people/, "teamStillHasPeople"],
  [/^unknown team "(?<id>.*)": sync the teams first$/, "unknownTeam"],
  [/^"(?<id>.*)" is archived: it takes no people$/, "teamArchived"],
  [/^is already the address of "(?<id>.*)" in Symétrie$/, "emailTakenBy"],
  [/^is already the address of another person in Symétrie$/, "emailTaken"],
  [/^is already the address of an account outside this organisation$/, "emailOutside"],
  [/^this person's account also belongs to another organisation/, "emailShared"],
  [/^is an administrator: only an administrator may change them$/, "admin"],
  [/^is your own: it cannot be changed by your own sync$/, "ownRole"],
  [/^you \("(?<id>.*)"\) are missing from the body: mirroring would deactivate you$/, "selfMissing"],
];

/** The sentence in the catalogue's language, or null when the sync said something not listed here. */
export function knownSyncMessage(message: string, t: T): string | null {
  for (const [pattern, key] of known) {
    const match = pattern.exec(message);
    if (match) return fmt(t.messages[key], match.groups ?? {});
  }
  return null;
}

export function syncErrorText(error: DirectoryCsvError, t: T): string {
  if (error.problem?.code === "badQuotes") return t.problems.badQuotes;
  if (error.problem?.code === "tooManyValues") return fmt(t.problems.tooManyValues, error.problem);
  return knownSyncMessage(error.message, t) ?? error.message;
}
