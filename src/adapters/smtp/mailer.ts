/** One e-mail to the MIEUX+ team. */
export interface OutgoingMail {
  readonly from: string;
  readonly to: string;
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  /** Stable per request, so the team's mail system can recognise a rare duplicate after a crash. */
  readonly messageId: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
