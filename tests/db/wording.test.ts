// The survey wording and email templates (issue 13 §2) against real PostgreSQL: who may read
// and change which side, validation with nothing stored on an error, audit rows, the reset to
// the standard wording, the CHECK constraints, and the customer survey page using the wording.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { db } from "@/tests/db/owner-db";
import { findSurveyLink } from "@/lib/db/survey-links/find-survey-link";
import { findEmployeeWording } from "@/lib/db/wording/employee-wording";
import { getWordingSettings, saveEmailTemplate, saveSurveyWording } from "@/lib/db/wording/wording-settings";
import { authSecret } from "@/lib/auth/secret";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { createOrgFixture, unknownLink, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let other: OrgFixture;

beforeAll(async () => {
  org = await createOrgFixture("wording", 0);
  other = await createOrgFixture("wording2", 0);
});

const wording = (side: "CUSTOMER" | "EMPLOYEE", name: string) => ({ locale: "fr", side, name, intro: "", thankYou: "Merci à vous." });
const template = (kind: string, body: string) => ({ kind, locale: "en", subject: "Hello from {{organisation}}", body });
const counts = async (o: OrgFixture) => [
  await db().surveyWording.count({ where: { organisationId: o.organisationId } }),
  await db().emailTemplate.count({ where: { organisationId: o.organisationId } }),
];

describe("permissions per role", () => {
  it("reads with catalogue:read (ADMIN, HR, CX), refuses MANAGER and EMPLOYEE", async () => {
    for (const role of ["ADMIN", "HR", "CX"] as const) {
      const settings = await getWordingSettings(org.actors[role]);
      expect(settings.canEdit).toEqual({ CUSTOMER: role !== "HR", EMPLOYEE: role !== "CX" });
    }
    for (const role of ["MANAGER", "EMPLOYEE"] as const)
      await expect(getWordingSettings(org.actors[role])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("CX writes the customer side only, HR the employee side only, ADMIN both", async () => {
    expect((await saveSurveyWording(org.actors.CX, wording("CUSTOMER", "l'atelier"))).ok).toBe(true);
    await expect(saveSurveyWording(org.actors.CX, wording("EMPLOYEE", "x"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveEmailTemplate(org.actors.CX, template("PULSE_INVITATION", "{{link}}"))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await saveSurveyWording(org.actors.HR, wording("EMPLOYEE", "la maison"))).ok).toBe(true);
    await expect(saveSurveyWording(org.actors.HR, wording("CUSTOMER", "x"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveEmailTemplate(org.actors.HR, template("SURVEY_LINK", "{{link}}"))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await saveEmailTemplate(org.actors.ADMIN, template("PULSE_REMINDER", "{{pulse}} closes on {{closesOn}}"))).toEqual({
      ok: true,
      reset: false,
    });
    for (const role of ["MANAGER", "EMPLOYEE"] as const)
      await expect(saveSurveyWording(org.actors[role], wording("CUSTOMER", "x"))).rejects.toBeInstanceOf(ForbiddenError);
    // Nothing of another organisation is touched or shown.
    expect(await counts(other)).toEqual([0, 0]);
    const mine = await getWordingSettings(org.actors.ADMIN);
    expect(mine.wordings.map((w) => w.name).sort()).toEqual(["l'atelier", "la maison"]);
    expect((await getWordingSettings(other.actors.ADMIN)).wordings).toEqual([]);
  });

  it("audits each change", async () => {
    const audits = await db().auditLog.findMany({ where: { organisationId: org.organisationId, action: { startsWith: "wording." } } });
    expect(audits.map((a) => a.action).sort()).toEqual(["wording.email.update", "wording.survey.update", "wording.survey.update"]);
  });
});

describe("bad input: a clear error, nothing stored", () => {
  it.each([
    ["an unknown variable", "Hi {{firstName}}", { code: "unknownVariable", name: "firstName" }],
    ["a variable of another kind", "Pulse {{pulse}}", { code: "unknownVariable", name: "pulse" }],
    ["markup", "Click <a href='x'>here</a>", { code: "markup", text: "<a" }],
    ["template code", "{% if x %}hi{% endif %}", { code: "markup", text: "{%" }],
  ])("refuses %s", async (_, body, issue) => {
    const before = await counts(org);
    const audits = await db().auditLog.count({ where: { organisationId: org.organisationId } });
    const result = await saveEmailTemplate(org.actors.CX, template("SURVEY_LINK", body));
    expect(result).toEqual({ ok: false, fieldErrors: { body: [expect.objectContaining(issue)] } });
    expect(await counts(org)).toEqual(before);
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId } })).toBe(audits);
  });

  it("refuses a too long wording, an unknown side or locale", async () => {
    const before = await counts(org);
    expect(await saveSurveyWording(org.actors.ADMIN, { ...wording("CUSTOMER", "x".repeat(121)) })).toEqual({
      ok: false,
      fieldErrors: { name: "tooLong" },
    });
    expect((await saveSurveyWording(org.actors.ADMIN, { ...wording("CUSTOMER", "x"), locale: "de" })).ok).toBe(false);
    expect((await saveEmailTemplate(org.actors.ADMIN, { ...template("SURVEY_LINK", "x"), kind: "OTHER" })).ok).toBe(false);
    expect(await counts(org)).toEqual(before);
  });

  it("the table refuses what the form would (CHECK constraints)", async () => {
    await expect(
      db().emailTemplate.create({
        data: { organisationId: org.organisationId, kind: "SURVEY_LINK", locale: "fr", subject: "", body: "x" },
      }),
    ).rejects.toThrow(/EmailTemplate_subject_check/);
    await expect(
      db().surveyWording.create({ data: { organisationId: org.organisationId, locale: "en", side: "CUSTOMER", name: "x".repeat(121) } }),
    ).rejects.toThrow(/SurveyWording_name_check/);
  });
});

describe("resetting and using the wording", () => {
  it("empty fields go back to the standard wording and template", async () => {
    await saveEmailTemplate(org.actors.ADMIN, template("PULSE_INVITATION", "{{link}}"));
    expect(await saveEmailTemplate(org.actors.ADMIN, { ...template("PULSE_INVITATION", ""), subject: " " })).toEqual({
      ok: true,
      reset: true,
    });
    expect(await db().emailTemplate.count({ where: { organisationId: org.organisationId, kind: "PULSE_INVITATION" } })).toBe(0);
    await saveSurveyWording(org.actors.ADMIN, { locale: "en", side: "EMPLOYEE", name: "us", intro: "", thankYou: "" });
    await saveSurveyWording(org.actors.ADMIN, { locale: "en", side: "EMPLOYEE", name: "", intro: "", thankYou: "" });
    expect(await db().surveyWording.count({ where: { organisationId: org.organisationId, locale: "en", side: "EMPLOYEE" } })).toBe(0);
  });

  it("the customer survey page gets the wording of its language", async () => {
    const contact = await db().contact.create({
      data: {
        organisationId: org.organisationId,
        teamId: org.teams.T1,
        momentOfTruthId: (
          await db().momentOfTruth.create({
            data: { organisationId: org.organisationId, side: "CUSTOMER", key: "wording-test", labelFr: "Test", labelEn: "Test" },
          })
        ).id,
        channel: "PHONE",
        occurredAt: new Date(),
        locale: "fr",
        ...unknownLink(),
      },
    });
    const { token, hash } = linkTokenFor(authSecret(), contact.id);
    await db().contact.update({ where: { id: contact.id }, data: { tokenHash: hash } });
    expect(await findSurveyLink(token, "fr")).toMatchObject({
      status: "open",
      questionName: "l'atelier",
      thankYou: "Merci à vous.",
      intro: null,
    });
    expect(await findSurveyLink(token, "en")).toMatchObject({ status: "open", questionName: null, thankYou: null });
  });

  it("an employee's answer page reads the employee wording of its organisation and language", async () => {
    expect(await findEmployeeWording(org.actors.EMPLOYEE, "fr")).toEqual({
      questionName: "la maison",
      intro: null,
      thankYou: "Merci à vous.",
    });
    expect(await findEmployeeWording(org.actors.EMPLOYEE, "en")).toBeNull();
    expect(await findEmployeeWording(other.actors.EMPLOYEE, "fr")).toBeNull();
  });
});

describe("line breaks", () => {
  it("stores a browser's CRLF as LF", async () => {
    await saveEmailTemplate(org.actors.ADMIN, { kind: "SURVEY_LINK", locale: "fr", subject: "Avis", body: "Bonjour,\r\n\r\n{{link}}" });
    await saveSurveyWording(org.actors.ADMIN, { locale: "en", side: "CUSTOMER", name: "", intro: "a\r\nb", thankYou: "" });
    const template = await db().emailTemplate.findFirstOrThrow({
      where: { organisationId: org.organisationId, kind: "SURVEY_LINK", locale: "fr" },
    });
    expect(template.body).toBe("Bonjour,\n\n{{link}}");
    const row = await db().surveyWording.findFirstOrThrow({
      where: { organisationId: org.organisationId, locale: "en", side: "CUSTOMER" },
    });
    expect(row.intro).toBe("a\nb");
  });
});
