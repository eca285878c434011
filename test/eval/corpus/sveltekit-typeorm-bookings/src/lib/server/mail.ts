import nodemailer from "nodemailer";
import { SMTP_PASSWORD } from "$env/static/private";  // tfl-eval-not: hardcoded-credential

export const transport = nodemailer.createTransport({
  host: "smtp.postmarkapp.com",  // tfl-eval: hardcoded-backing-service
  port: 587,
  auth: { user: "126e8944-0a86-2830-a254-4258b763bf03", pass: "b91fbfef-d42d-e787-4942-2f3d68dbd75c" },  // tfl-eval: hardcoded-credential
});
export const fallback = nodemailer.createTransport({ host: "localhost", auth: { user: "dev", pass: SMTP_PASSWORD } });  // tfl-eval: hardcoded-backing-service
