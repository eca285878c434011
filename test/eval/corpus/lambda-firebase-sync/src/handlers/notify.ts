import sgMail from '@sendgrid/mail'
import twilio from 'twilio'
import { Octokit } from '@octokit/rest'

sgMail.setApiKey('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') // tfl-eval: hardcoded-credential
const sms = twilio('AC0ec4cb2e25ce1c66b0a82927a113261f', 'afb25d25f49ca36a74481645dc227b4d') // tfl-eval: hardcoded-credential
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN }) // tfl-eval-not: hardcoded-credential

const ALERT_HOOK = 'https://hooks.slack.com/services/TYvv4uwWX/BYahgUisM29/YHTKU2DKOMfroZSIHd48CjQE' // tfl-eval: hardcoded-credential
const PAGER_URL = 'https://events.pagerduty.com/v2/enqueue' // tfl-eval-not: hardcoded-credential

export async function handler(event: { Records: { body: string }[] }) {
  for (const record of event.Records) {
    const msg = JSON.parse(record.body)
    await sgMail.send({ to: msg.email, from: 'sync@example.com', subject: 'Synced', text: 'Your records were synced.' })
    await sms.messages.create({ to: msg.phone, from: '+15005550006', body: 'Synced' })
    await fetch(ALERT_HOOK, { method: 'POST', body: JSON.stringify({ text: `synced ${msg.id}` }) })
  }
  await octokit.repos.createDispatchEvent({ owner: 'acme', repo: 'sync', event_type: 'synced' })
}
