import Airtable from "airtable";
import postmark from "postmark";

const base = new Airtable({ apiKey: process.env.AIRTABLE_TOKEN }).base("appX7k2m9Q4p1ZtLw"); // tfl-eval-not: hardcoded-credential
const mail = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN ?? "bec983bc-8b46-49ce-9163-4281898807ea"); // tfl-eval: hardcoded-credential
const HCAPTCHA_SECRET = process.env.HCAPTCHA_SECRET || "0x5e5abb39d6b2d9f9b6036440708d544d02ac0de7"; // tfl-eval: hardcoded-credential

export default async (req) => {
  const form = await req.formData();
  const verify = await fetch("https://api.hcaptcha.com/siteverify", {
    method: "POST",
    body: new URLSearchParams({ secret: HCAPTCHA_SECRET, response: form.get("h-captcha-response") }),
  });
  if (!(await verify.json()).success) return new Response("captcha failed", { status: 400 });
  await base("Submissions").create({ Name: form.get("name"), Email: form.get("email") });
  await mail.sendEmail({ From: "forms@example.org", To: process.env.FORMS_NOTIFY_EMAIL, Subject: "New submission", TextBody: form.get("message") });
  return new Response("thanks", { status: 200 });
};
