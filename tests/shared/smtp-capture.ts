// A real SMTP server on 127.0.0.1 for the db and e2e tiers: keeps every message it accepts
// (parsed with mailparser) and can be switched to refuse recipients with a 550, as a strict
// relay would.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  to: string[];
  parsed: ParsedMail;
}

export interface SmtpCapture {
  url: string;
  received: CapturedMail[];
  /** While true, every RCPT TO is answered `550 5.1.1 mailbox unavailable`. */
  rejecting: boolean;
  close(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const capture = { received: [] as CapturedMail[], rejecting: false };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS (its self-signed certificate would be refused) and no AUTH.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!capture.rejecting) return callback();
      const error = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          capture.received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(capture, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/**
 * db tier: a capture the app's mail code in this process sends to, with links on `appUrl`. Call
 * it before anything reads the (cached) environment: the first db() call does.
 */
export async function startMailCapture(appUrl: string): Promise<SmtpCapture> {
  const capture = await startSmtpCapture();
  process.env.SMTP_URL = capture.url;
  process.env.APP_URL = appUrl;
  return capture;
}
