// The personal pulse's window and month, from its due date alone.
import { describe, expect, it } from "vitest";
import { eventClosesAt, eventPeriod, eventPulseStatus } from "@/lib/pulses/event-pulse";

describe("event pulse dates", () => {
  const due = new Date("2026-11-30T23:30:00Z"); // already 1 December in Paris

  it("opens at the due date for 14 days", () => {
    expect(eventPulseStatus(due, new Date("2026-11-30T23:29:59Z"))).toBe("notDue");
    expect(eventPulseStatus(due, due)).toBe("open");
    expect(eventClosesAt(due).toISOString()).toBe("2026-12-14T23:30:00.000Z");
    expect(eventPulseStatus(due, new Date("2026-12-14T23:29:59Z"))).toBe("open");
    expect(eventPulseStatus(due, new Date("2026-12-14T23:30:00Z"))).toBe("closed");
  });

  it("carries the Paris month of the due date, never the answer's time", () => {
    expect(eventPeriod(due).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(eventPeriod(new Date("2026-11-15T10:00:00Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
});
