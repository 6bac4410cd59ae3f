// English messages of the "survey" namespace: same keys as fr/survey.ts.
import type { Messages } from "../../messages";

export const survey: Messages["survey"] = {};
