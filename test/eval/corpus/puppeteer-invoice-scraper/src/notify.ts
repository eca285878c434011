import sgMail from "@sendgrid/mail";

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? ""); // tfl-eval-not: hardcoded-credential

export async function notify(count: number): Promise<void> {
  await sgMail.send({ to: "finance@acme.example", from: "robot@acme.example", subject: `${count} new invoices`, text: "See the shared drive." });
}
