// Each wave of a recurring pulse is named for its own month (issue 19 §4), in French and English.
import { describe, expect, it } from "vitest";
import { waveMonthLabel, waveName } from "@/lib/pulses/wave-name";

const month = (m: string) => new Date(`${m}-01T00:00:00.000Z`);

describe("waveName", () => {
  it("replaces the copied month by the wave's own, in the language it was written in", () => {
    expect(waveName("Baromètre collaborateurs — octobre 2026", month("2026-11"), "fr")).toBe("Baromètre collaborateurs — novembre 2026");
    expect(waveName("Employee pulse — October 2026", month("2026-12"), "fr")).toBe("Employee pulse — December 2026");
    expect(waveName("Octobre 2026 : baromètre", month("2027-01"), "en")).toBe("Janvier 2027 : baromètre");
  });

  it("repairs a wave already named for the wrong month (a December wave copied from a November one named « octobre »)", () => {
    expect(waveName("Baromètre — octobre 2026", month("2026-12"), "fr")).toBe("Baromètre — décembre 2026");
  });

  it("replaces only the last month of the name", () => {
    expect(waveName("Suite de mai 2026 — octobre 2026", month("2026-11"), "fr")).toBe("Suite de mai 2026 — novembre 2026");
  });

  it("appends the month in the organisation's language when the name has none", () => {
    expect(waveName("Baromètre mensuel", month("2026-11"), "fr")).toBe("Baromètre mensuel — novembre 2026");
    expect(waveName("Monthly pulse", month("2026-11"), "en")).toBe("Monthly pulse — November 2026");
  });

  it("labels each month", () => {
    expect(waveMonthLabel("fr", month("2026-08"))).toBe("août 2026");
    expect(waveMonthLabel("en", month("2026-08"))).toBe("August 2026");
  });
});
