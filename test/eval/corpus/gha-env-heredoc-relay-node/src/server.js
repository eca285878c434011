import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import nodemailer from 'nodemailer';

const config = JSON.parse(readFileSync(process.env.APP_CONFIG ?? 'config/production.json', 'utf8'));
const transport = nodemailer.createTransport({
  host: config.smtpHost,
  port: 587,
  auth: { user: config.smtpUser, pass: config.smtpPassword }, // tfl-eval-not: hardcoded-credential
});

const app = Fastify({ logger: true });
app.post('/relay', async (request) => {
  await transport.sendMail({ from: config.from, to: request.body.to, subject: request.body.subject, text: request.body.text });
  return { queued: true };
});

app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 3000) }); // tfl-eval: no-graceful-shutdown
