// The personal pulse page of an employee moment of truth, /{locale}/e/{eventId}: the pulse
// page (same form, same anonymity statement, lib/http/employee-answer-route.ts) for the one
// signed-in employee the event concerns, with the event's short form and its own writer.
import { renderPulseForm, renderPulseMessage } from "@/components/pulses/render-pulse-page";
import { findEventForm } from "@/lib/db/employee-events/find-event-form";
import { submitEventResponse } from "@/lib/db/employee-events/submit-event-response";
import { employeeAnswerRoute } from "@/lib/http/employee-answer-route";

export const dynamic = "force-dynamic";

const route = employeeAnswerRoute({
  tag: "event-pulse",
  param: "eventId",
  prefix: "e",
  previewable: false,
  find: (actor, eventId, locale) => findEventForm(actor, eventId, locale),
  submit: submitEventResponse,
  renderForm: renderPulseForm,
  renderMessage: renderPulseMessage,
});

export const GET = route.GET;
export const POST = route.POST;
