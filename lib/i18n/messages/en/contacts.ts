// English messages of the "contacts" namespace: same keys as fr/contacts.ts.
import type { Messages } from "../../messages";

export const contacts: Messages["contacts"] = {};
