// Counts hard bounces in the newsletter mailbox and prints a summary for the weekly report.
import { ImapFlow } from 'imapflow';

const user = process.env.BOUNCES_IMAP_USER ?? 'bounces@acme-shop.example';
const pass = process.env.BOUNCES_IMAP_PASS; // tfl-eval-not: hardcoded-credential

const client = new ImapFlow({ host: 'imap.acme-shop.example', port: 993, secure: true, auth: { user, pass } });

let pass_ = 0;
let fail = 0;
await client.connect();
const lock = await client.getMailboxLock('INBOX');
try {
  for await (const message of client.fetch('1:*', { envelope: true })) {
    if (/delivery status notification/i.test(message.envelope.subject ?? '')) fail += 1;
    else pass_ += 1;
  }
} finally {
  lock.release();
}
await client.logout();
console.log(JSON.stringify({ bounced: fail, other: pass_ }));
