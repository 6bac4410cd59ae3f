// An action write's refusal (lib/actions/action-schema.ts) as the REST API's 422 problem+json:
// one { field, message } per field, nothing stored.
import type { ActionFieldErrors } from "@/lib/actions/action-schema";
import { problem } from "./problem";

export function actionRefusalProblem(refusal: ActionFieldErrors): Response {
  const errors = Object.entries(refusal.fieldErrors).map(([field, message]) => ({ field: field === "form" ? "" : field, message }));
  return problem(422, "The action has invalid fields: nothing was stored.", { errors });
}
