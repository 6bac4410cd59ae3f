// English messages of the "mail" namespace: same keys as fr/mail.ts.
import type { Messages } from "../../messages";

export const mail: Messages["mail"] = {};
