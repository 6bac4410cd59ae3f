// The process's one outgoing-mail transport, built from SMTP_URL; null when mail is disabled
// (SMTP_URL unset), which is said once in the log so nobody wonders why contacts stay PENDING.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** BCP 47 language of the body, sent as Content-Language. */
  language: string;
  /** Further headers (List-Unsubscribe of a customer's survey email). */
  headers?: Record<string, string>;
}

export type MailTransport = Transporter;

const globalForMail = globalThis as unknown as {
  symetrieMail?: { url: string; transport: Transporter };
  symetrieMailDisabledLogged?: boolean;
};

/**
 * Bounded timeouts: a stalled SMTP server must fail the attempt (and be retried later)
 * well inside the claim's lease, never hang the job runner.
 */
export function createMailTransport(url: string): Transporter {
  return nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
}

/** The shared transport, or null (logged once) when SMTP_URL is not configured. */
export function mailTransport(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) {
    if (!globalForMail.symetrieMailDisabledLogged) {
      globalForMail.symetrieMailDisabledLogged = true;
      console.warn("[mail] SMTP_URL is not set: survey link emails are not sent; contacts stay PENDING until it is.");
    }
    return null;
  }
  if (globalForMail.symetrieMail?.url !== url) {
    globalForMail.symetrieMail?.transport.close();
    globalForMail.symetrieMail = { url, transport: createMailTransport(url) };
  }
  return globalForMail.symetrieMail.transport;
}

export async function sendMail(transport: Transporter, message: MailMessage): Promise<void> {
  await transport.sendMail({
    from: env().MAIL_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: { ...message.headers, "Content-Language": message.language, "Auto-Submitted": "auto-generated" },
  });
}
