// The data side of the detractor alerts (issue 14 §4) for the mail sender
// (lib/mail/follow-up-alerts.ts). Each kind is claimed in PostgreSQL with FOR UPDATE SKIP LOCKED
// and stamped before its mail goes, so any number of workers (and a restarted one) send each at
// most once:
// - a new follow-up (notifiedAt NULL) → one mail to each active MANAGER whose subtree (own team
//   or a managed team) holds its team and who chose IMMEDIATE;
// - a DAILY manager whose last digest is older than the day's digest time (07:00, Paris) → one
//   digest of the follow-ups created in their subtree since that last digest (none: no mail);
// - a follow-up past its due date and not closed → one reminder to its assignee, or when nobody
//   is assigned to the team's managers who did not turn alerts off.
// Nothing here carries the customer's email address: the mails link to the follow-up's page.
import { db } from "../client";
import { Prisma } from "../generated/client";
import { asSystem } from "../tenant-context";

export const ALERT_BATCH = 50;

export interface AlertRecipientDto {
  membershipId: string;
  email: string;
  locale: "fr" | "en";
}

export interface AlertFollowUpDto {
  id: string;
  organisationId: string;
  organisationName: string;
  brandColor: string;
  teamName: string;
  score: number;
  momentFr: string;
  momentEn: string;
  createdAt: Date;
  dueOn: Date | null;
}

/** A new detractor's follow-up and the managers to tell of it now. */
export interface NewDetractorAlertDto {
  followUp: AlertFollowUpDto;
  recipients: AlertRecipientDto[];
}

export interface DigestDto {
  recipient: AlertRecipientDto;
  organisationName: string;
  brandColor: string;
  /** The window's start: the last digest, or a day before this one for a first digest. */
  since: Date;
  followUps: AlertFollowUpDto[];
}

export interface OverdueReminderDto {
  followUp: AlertFollowUpDto;
  /** The assignee, else the team's managers who did not turn alerts off. */
  recipients: AlertRecipientDto[];
  toAssignee: boolean;
}

/** The follow-up fields a mail shows, for rows `f` joined to their team, response, moment and organisation. */
const ALERT_COLUMNS = Prisma.sql`f.id, f."organisationId", o.name AS "organisationName", o."brandColor",
  t.name AS "teamName", r.score, mo."labelFr" AS "momentFr", mo."labelEn" AS "momentEn", f."createdAt", f."dueOn"`;
const ALERT_JOINS = Prisma.sql`JOIN "Team" t ON t.id = f."teamId"
  JOIN "CustomerResponse" r ON r.id = f."responseId"
  JOIN "MomentOfTruth" mo ON mo.id = r."momentOfTruthId"
  JOIN "Organisation" o ON o.id = f."organisationId"`;

/**
 * Active managers of the organisation whose subtree holds team `t` (joined as `t`), as `m`
 * joined to their user `u`: their own team's path or a managed team's path prefixes the team's.
 */
const MANAGERS_OF_T = Prisma.sql`"Membership" m JOIN "User" u ON u.id = m."userId"
  WHERE m."organisationId" = t."organisationId" AND m.active AND m.role = 'MANAGER'
    AND EXISTS (SELECT 1 FROM "Team" root
      WHERE root."organisationId" = m."organisationId"
        AND (root.id = m."teamId" OR root.id IN (SELECT mt."teamId" FROM "ManagedTeam" mt WHERE mt."membershipId" = m.id))
        AND starts_with(t.path, root.path))`;

/** The latest 07:00 (Paris) at or before `now`: a DAILY manager gets one digest after each. */
const DIGEST_TIME = (now: Date) =>
  Prisma.sql`((date_trunc('day', (${now}::timestamptz AT TIME ZONE 'Europe/Paris') - interval '7 hours') + interval '7 hours') AT TIME ZONE 'Europe/Paris')`;

type RecipientRow = AlertRecipientDto & { followUpId: string };

const groupRecipients = (rows: readonly RecipientRow[]) => {
  const byFollowUp = new Map<string, AlertRecipientDto[]>();
  for (const { followUpId, ...recipient } of rows) byFollowUp.set(followUpId, [...(byFollowUp.get(followUpId) ?? []), recipient]);
  return byFollowUp;
};

/** Claims (stamps notifiedAt on) up to `batch` follow-ups new at `now`, with the IMMEDIATE managers of each. */
export async function claimNewDetractorAlerts(now = new Date(), batch = ALERT_BATCH): Promise<NewDetractorAlertDto[]> {
  return asSystem(async () => {
    const client = db();
    const followUps = await client.$queryRaw<AlertFollowUpDto[]>`
    WITH claimed AS (
      UPDATE "FollowUp" SET "notifiedAt" = ${now}
      WHERE id IN (SELECT id FROM "FollowUp" WHERE "notifiedAt" IS NULL AND "createdAt" <= ${now}
        ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id)
    SELECT ${ALERT_COLUMNS} FROM claimed c JOIN "FollowUp" f ON f.id = c.id ${ALERT_JOINS} ORDER BY f."createdAt"`;
    if (followUps.length === 0) return [];
    const recipients = await client.$queryRaw<RecipientRow[]>`
    SELECT f.id AS "followUpId", m.id AS "membershipId", u.email, u.locale::text AS locale
    FROM "FollowUp" f JOIN "Team" t ON t.id = f."teamId", ${MANAGERS_OF_T}
      AND m."detractorAlerts" = 'IMMEDIATE' AND f.id IN (${Prisma.join(followUps.map((f) => Prisma.sql`${f.id}::uuid`))})
    ORDER BY u.email`;
    const byFollowUp = groupRecipients(recipients);
    return followUps.map((followUp) => ({ followUp, recipients: byFollowUp.get(followUp.id) ?? [] }));
  });
}

/** A new follow-up whose every mail was refused (SMTP down): told again by a later run. */
export async function releaseNewDetractorAlert(followUpId: string): Promise<void> {
  return asSystem(async () => {
    await db().followUp.update({ where: { id: followUpId }, data: { notifiedAt: null } });
  });
}

/**
 * Claims (stamps lastDigestAt on) up to `batch` DAILY managers due a digest at `now`, each with
 * the follow-ups created in their subtree since their last digest (a first digest: the last day).
 */
export async function claimDailyDigests(now = new Date(), batch = ALERT_BATCH): Promise<DigestDto[]> {
  return asSystem(async () => {
    const client = db();
    const managers = await client.$queryRaw<Array<AlertRecipientDto & { since: Date; organisationName: string; brandColor: string }>>`
    WITH due AS (
      SELECT id, coalesce("lastDigestAt", ${now}::timestamptz - interval '1 day') AS since FROM "Membership"
      WHERE active AND role = 'MANAGER' AND "detractorAlerts" = 'DAILY'
        AND ("lastDigestAt" IS NULL OR "lastDigestAt" < ${DIGEST_TIME(now)})
      LIMIT ${batch} FOR UPDATE SKIP LOCKED),
    claimed AS (UPDATE "Membership" m SET "lastDigestAt" = ${now} FROM due WHERE m.id = due.id
      RETURNING m.id, m."userId", m."organisationId", due.since)
    SELECT c.id AS "membershipId", u.email, u.locale::text AS locale, c.since, o.name AS "organisationName", o."brandColor"
    FROM claimed c JOIN "User" u ON u.id = c."userId" JOIN "Organisation" o ON o.id = c."organisationId"`;
    const digests: DigestDto[] = [];
    for (const { since, organisationName, brandColor, ...recipient } of managers) {
      const followUps = await client.$queryRaw<AlertFollowUpDto[]>`
      SELECT ${ALERT_COLUMNS} FROM "FollowUp" f ${ALERT_JOINS}
      WHERE f."createdAt" > ${since} AND f."createdAt" <= ${now}
        AND EXISTS (SELECT 1 FROM ${MANAGERS_OF_T} AND m.id = ${recipient.membershipId}::uuid)
      ORDER BY f."createdAt" DESC`;
      digests.push({ recipient, organisationName, brandColor, since, followUps });
    }
    return digests;
  });
}

/** Claims (stamps overdueRemindedAt on) up to `batch` follow-ups overdue at `now`, with whom to remind. */
export async function claimOverdueReminders(now = new Date(), batch = ALERT_BATCH): Promise<OverdueReminderDto[]> {
  return asSystem(async () => {
    const client = db();
    const followUps = await client.$queryRaw<Array<AlertFollowUpDto & { assigneeId: string | null }>>`
    WITH claimed AS (
      UPDATE "FollowUp" SET "overdueRemindedAt" = ${now}
      WHERE id IN (SELECT id FROM "FollowUp"
        WHERE "overdueRemindedAt" IS NULL AND status <> 'CLOSED'
          AND "dueOn" < (${now}::timestamptz AT TIME ZONE 'Europe/Paris')::date
        ORDER BY "dueOn" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING id)
    SELECT ${ALERT_COLUMNS}, f."assigneeId" FROM claimed c JOIN "FollowUp" f ON f.id = c.id ${ALERT_JOINS} ORDER BY f."dueOn"`;
    if (followUps.length === 0) return [];
    const ids = Prisma.join(followUps.map((f) => Prisma.sql`${f.id}::uuid`));
    const assignees = groupRecipients(
      await client.$queryRaw<RecipientRow[]>`
      SELECT f.id AS "followUpId", m.id AS "membershipId", u.email, u.locale::text AS locale
      FROM "FollowUp" f JOIN "Membership" m ON m.id = f."assigneeId" AND m.active JOIN "User" u ON u.id = m."userId"
      WHERE f.id IN (${ids})`,
    );
    const managers = groupRecipients(
      await client.$queryRaw<RecipientRow[]>`
      SELECT f.id AS "followUpId", m.id AS "membershipId", u.email, u.locale::text AS locale
      FROM "FollowUp" f JOIN "Team" t ON t.id = f."teamId", ${MANAGERS_OF_T}
        AND m."detractorAlerts" <> 'OFF' AND f.id IN (${ids})
      ORDER BY u.email`,
    );
    return followUps.map((row) => {
      const { assigneeId, ...followUp } = row;
      const assignee = assigneeId ? assignees.get(followUp.id) : undefined;
      return assignee
        ? { followUp, recipients: assignee, toAssignee: true }
        : { followUp, recipients: managers.get(followUp.id) ?? [], toAssignee: false };
    });
  });
}
