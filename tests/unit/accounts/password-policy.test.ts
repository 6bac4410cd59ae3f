import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/accounts/password-policy";

describe("the password policy", () => {
  it("takes 12 characters and refuses 11, counting characters, not bytes", () => {
    expect(passwordProblem("cheval-agraf")).toBeNull();
    expect(passwordProblem("cheval-agra")).toBe("tooShort");
    expect(passwordProblem("éléphant-vol")).toBeNull(); // 12 characters, 14 bytes
  });

  it("refuses what bcrypt would cut: more than 72 bytes", () => {
    expect(passwordProblem("v".repeat(40) + "-" + "w".repeat(31))).toBeNull(); // 72 bytes
    expect(passwordProblem("v".repeat(40) + "-" + "w".repeat(32))).toBe("tooLong");
    // 36 characters of two bytes each: 72 bytes pass, 37 (74 bytes) do not.
    expect(passwordProblem("éèàùçâêîôûëï".repeat(3))).toBeNull();
    expect(passwordProblem("éèàùçâêîôûëï".repeat(3) + "é")).toBe("tooLong");
  });

  it("refuses the common passwords of the list, whatever their case, and with digits or symbols around them", () => {
    expect(passwordProblem("passwordpassword")).toBe("common");
    expect(passwordProblem("QWERTYUIOP123")).toBe("common");
    expect(passwordProblem("123456789012")).toBe("common");
    expect(passwordProblem("Password2024!")).toBe("common");
    expect(passwordProblem("!!Sunshine1234")).toBe("common");
    expect(passwordProblem("aaaaaaaaaaaaaa")).toBe("common");
    expect(passwordProblem("abababababab")).toBe("common");
  });

  it("refuses the person's address or name", () => {
    const person = { email: "claire.martin@lumiere.fr", name: "Claire Martin" };
    expect(passwordProblem("claire.martin2026", person)).toBe("personal");
    expect(passwordProblem("MartinLumiere99", person)).toBe("personal");
    expect(passwordProblem("quatre chevaux dans un pré", person)).toBeNull();
  });
});
