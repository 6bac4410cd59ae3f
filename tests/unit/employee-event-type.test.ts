// The domain's EmployeeEventType (lib/pulses, which may not import Prisma) must stay the
// stored enum: a value added to one and not the other fails the type check (tsc, next build).
import { describe, expect, expectTypeOf, it } from "vitest";
import type { EmployeeEventType as StoredEmployeeEventType } from "@/lib/db/generated/client";
import { EVENT_TYPES, toEventType, type EmployeeEventType } from "@/lib/pulses/employee-event-schema";

describe("EmployeeEventType", () => {
  it("is the Prisma enum, both ways", () => {
    expectTypeOf<EmployeeEventType>().toEqualTypeOf<StoredEmployeeEventType>();
  });

  it("maps every API type to its stored value", () => {
    expect(EVENT_TYPES.map(toEventType)).toEqual([
      "ONBOARDING",
      "JOB_CHANGE",
      "ONE_TO_ONE",
      "REORGANISATION",
      "SUGGESTION_ANSWERED",
      "HR_INTERVIEW",
      "RECRUITMENT",
      "FIRST_TOOLS",
    ]);
  });
});
