// POST /api/v1/employee-events: an employee moment of truth from the HR system → a short
// personal pulse scheduled for that person. 201 with its due date; 422 for invalid fields
// or an unknown employee (problem+json).
import { createEmployeeEvent } from "@/lib/db/employee-events/create-employee-event";
import { apiRoute } from "@/lib/http/api-route";
import { ZEmployeeEventInput } from "@/lib/pulses/employee-event-schema";

export const POST = apiRoute({ scope: "events:write", body: ZEmployeeEventInput, maxBodyBytes: 8 * 1024 }, async ({ principal, body }) =>
  Response.json(await createEmployeeEvent(principal, body), { status: 201 }),
);
