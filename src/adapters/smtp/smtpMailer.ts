import { createTransport, type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail } from './mailer';

/** Fail fast on a dead server: the outbox retries later, and no one waits on it. */
const TIMEOUT_MS = 15_000;

/** Sends through the SMTP server named by `SMTP_URL` (smtp:// or smtps://, credentials in the URL). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(url: string) {
    const parsed = new URL(url);
    this.transport = createTransport({
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : parsed.protocol === 'smtps:' ? 465 : 587,
      secure: parsed.protocol === 'smtps:',
      auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
      // A plain local relay (smtp://localhost:25) may have no certificate to upgrade to.
      ignoreTLS: parsed.searchParams.get('ignoreTLS') === 'true',
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: mail.from,
      to: mail.to,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
  }

  close(): void {
    this.transport.close();
  }
}
