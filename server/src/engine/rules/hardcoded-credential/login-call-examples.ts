// Logins and auth calls that take the password by position: JS `conn.login(user, '…')` (jsforce) and literals joined
// there, a Redis client's one-argument AUTH in JS/TS and Ruby, Net::IMAP/Net::SMTP `authenticate` with a password
// mechanism, Python's NTLM, Exchange and Microsoft 365 logins. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const LOGIN_CALL_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "logins from the environment or the request, a mode after the password, an auth helper in a file without Redis",
        path: 'src/salesforce.js',
        code: `await conn.login(process.env.SF_USERNAME, process.env.SF_PASSWORD + process.env.SF_TOKEN);
await auth.login(req.body.email, req.body.password, 'remember-me');
router.auth('adminPanel');
const key = 'uid:' + 'sessions';
`,
      },
    ],
    invalid: [
      {
        name: "a client's login(user, '…'), a password and its token joined there (no fix), a Redis client's auth('…')",
        path: 'src/salesforce.js',
        code: `const redis = require('redis');
const client = redis.createClient(process.env.REDIS_URL);
client.auth(⟦'Rk4nW8qLz2TvX6mPb3Hc'⟧);
await conn.login('integration@example.org', ⟦'Vb7mQ2xKz9LtR4wNc6Jd'⟧);
await sandbox.login('integration@example.org', ⟦'Pz3kT8vNq5LwX2mRb7Gc'⟧ + ⟦'Ht6nR2qWx9KmZ4vLc8Bd3Fs5Y'⟧);
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: "NTLM, Exchange and Microsoft 365 logins from the environment or the caller",
        path: 'export/sharepoint.py',
        code: `import os
from exchangelib import Credentials
from requests_ntlm import HttpNtlmAuth
from office365.runtime.auth.client_credential import ClientCredential

creds = Credentials(os.environ["EWS_USER"], os.environ["EWS_PASSWORD"])
auth = HttpNtlmAuth(user, password)
app_creds = ClientCredential(os.environ["SP_CLIENT_ID"], os.environ["SP_CLIENT_SECRET"])
`,
      },
    ],
    invalid: [
      {
        name: "NTLM auth, Exchange credentials, a Microsoft 365 user login and client secret from literals",
        path: 'export/sharepoint.py',
        code: `from exchangelib import Credentials
from requests_ntlm import HttpNtlmAuth
from office365.runtime.auth.client_credential import ClientCredential

creds = Credentials("svc-export@example.org", ⟦"Jm5vQ8nKx3LtW7zRc2Pd"⟧)
session.auth = HttpNtlmAuth("EXAMPLE\\\\svc-export", ⟦"Wq2kN7vLz4TmX9pRb5Hc"⟧)
ctx_auth.acquire_token_for_user("svc-export@example.org", ⟦"Bx8mR3qKz6LvT2wNc9Jd"⟧)
app_creds = ClientCredential("bc60ed7e-0389-4c0b-a2c2-ed442dadaf11", ⟦"Gn4vT9kQx2LmW6zRc3Pb"⟧)
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'AUTH from ENV, an OAuth mechanism with a caller\'s token, an auth helper on something else',
        path: 'lib/ops/inbox.rb',
        code: `redis.auth(ENV.fetch("REDIS_PASSWORD"))
imap.authenticate("XOAUTH2", user, access_token)
router.auth("admin_panel")
`,
      },
    ],
    invalid: [
      {
        name: "a Redis client's AUTH, Net::IMAP's PLAIN login and Net::SMTP's login with its mechanism last",
        path: 'lib/ops/inbox.rb',
        code: `redis.auth(⟦"Lq7vN2kWx5TmR8zPc3Jd"⟧)
imap.authenticate("PLAIN", "alerts@example.org", ⟦"Tk3mW9qNz6LvX2rBc5Hd"⟧)
smtp.authenticate("alerts@example.org", ⟦"Zr6nQ4vKx8LmT3wPc7Gb"⟧, :login)
`,
      },
    ],
  },
};
