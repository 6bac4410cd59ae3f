// A production server of the spec's own whose mail goes to a real SMTP capture on 127.0.0.1, for
// the specs that read what was mailed (an invitation link). The shared e2e server keeps no SMTP
// (people.spec.ts and bulk-invitations.spec.ts check what the pages say then). Same build, same
// database; jobs stay with the shared server (JOBS_IN_PROCESS=false), so this one only mails
// what its own requests send. It stays in the runner's process group (scripts/test.ts stops
// that group), and stop() ends it and the capture.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../../scripts/db/postgres";
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from "../../shared/smtp-capture";

const ROOT = path.join(__dirname, "..", "..", "..");

export interface MailServer {
  url: string;
  mail: SmtpCapture;
  /** Waits for a message to `to` (the newest one) and gives it. */
  mailTo(to: string, timeout?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
}

function waitForPort(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the mail server exited (${code}):\n${output()}`)));
    const attempt = () => {
      fetch(`${url}/fr/sign-in`, { redirect: "manual" })
        .then(() => resolve())
        .catch(() =>
          Date.now() > deadline ? reject(new Error(`the mail server never answered:\n${output()}`)) : setTimeout(attempt, 250),
        );
    };
    attempt();
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  // Open keep-alive connections can hold server.close(): do not wait for them long.
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function startMailServer(): Promise<MailServer> {
  const mail = await startSmtpCapture();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  // `node --import tsx`, not the tsx CLI: one process, so its pid is the server's.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: "tsconfig.node.json",
      NODE_ENV: "production",
      NEXTAUTH_URL: url,
      APP_URL: url,
      SMTP_URL: mail.url,
      JOBS_IN_PROCESS: "false",
    },
  });
  const collect = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-10_000));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    await stopChild(child);
    await mail.close();
  };
  try {
    await waitForPort(child, url, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const mailTo = async (to: string, timeout = 15_000) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = mail.received.findLast((message) => message.to.includes(to));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeout} ms (${mail.received.length} received)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { url, mail, mailTo, stop };
}
