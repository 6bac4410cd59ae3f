// The employee answer page /{locale}/p/{pulseId} (issue 4): React rendered to HTML (no
// framework JS, works with JavaScript off) for a signed-in employee. GET draws the form (or
// HR's preview with ?preview=1), POST stores one anonymous answer (lib/http/employee-answer-route.ts).
import { renderPulseForm, renderPulseMessage } from "@/components/pulses/render-pulse-page";
import { findPulseForm } from "@/lib/db/pulses/find-pulse-form";
import { findEmployeeWording } from "@/lib/db/wording/employee-wording";
import { submitEmployeeResponse } from "@/lib/db/pulses/submit-employee-response";
import { employeeAnswerRoute } from "@/lib/http/employee-answer-route";

export const dynamic = "force-dynamic";

const route = employeeAnswerRoute({
  tag: "pulse",
  param: "pulseId",
  prefix: "p",
  previewable: true,
  find: findPulseForm,
  submit: submitEmployeeResponse,
  renderForm: renderPulseForm,
  renderMessage: renderPulseMessage,
  thankYou: async (actor, locale) => (await findEmployeeWording(actor, locale))?.thankYou ?? null,
});

export const GET = route.GET;
export const POST = route.POST;
