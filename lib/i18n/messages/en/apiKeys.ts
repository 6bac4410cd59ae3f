// English messages of the "apiKeys" namespace: same keys as fr/apiKeys.ts.
import type { Messages } from "../../messages";

export const apiKeys: Messages["apiKeys"] = {};
