import "server-only";
import nodemailer from "nodemailer";
import type { Env } from "@/lib/env";

// Outgoing e-mail over SMTP (nodemailer), used only by the notification
// digest. Off unless SMTP_HOST is set (docs/deploy.md lists the variables).
// What goes out is written by its caller; this module only carries it.

export type MailConfig = {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** The app's address, for links. */
  appUrl: string;
};

/** The configuration from the environment, or null when e-mail is off. */
export function mailConfigFromEnv(env: Env): MailConfig | null {
  if (!env.SMTP_HOST || !env.MAIL_FROM || !env.APP_URL) return null;
  return { host: env.SMTP_HOST, port: env.SMTP_PORT, secure: env.SMTP_SECURE, user: env.SMTP_USER, password: env.SMTP_PASSWORD, from: env.MAIL_FROM, appUrl: env.APP_URL };
}

export type Mail = { to: string; subject: string; text: string };

/** Sends one plain-text message; throws when the server refuses it (the job retries). */
export async function sendMail(config: MailConfig, mail: Mail): Promise<void> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? "" } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
  });
  try {
    await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
  } finally {
    transport.close();
  }
}
