// English messages of the "followUps" namespace: same keys as fr/followUps.ts.
import type { Messages } from "../../messages";

export const followUps: Messages["followUps"] = {};
