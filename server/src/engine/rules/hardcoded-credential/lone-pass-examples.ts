// A lone `pass`/`pw` written beside a user is its password in JS/TS, Python and Ruby, as in Go, Java, Kotlin and PHP
// (pass-beside-user.ts); a bare `token` beside its server's address holds that server's token, a UUID too
// (config-common.ts isServerTokenUuid). Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const LONE_PASS_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "a lone `pass` with no user beside it, one read from the environment, a pick among labels, a counter",
        path: 'src/tickets/passes.js',
        code: `export function label(kind) {
  const gate = 'B12';
  const pass = 'Economy Plus';
  return gate + pass;
}
export function entry(vip) {
  const user = 'guest';
  const pass = vip ? 'All-access' : 'Standard entry';
  return user + pass;
}
const user = process.env.FTP_USER;
const pass = process.env.FTP_PASS;
let pw = 0;
`,
      },
      {
        name: 'a bare token UUID with no server address beside it: a record or request id',
        path: 'src/uploads.js',
        code: `export const pending = { upload: { token: 'fcb456a7-3030-4136-afe8-5d845faea7a2', size: 1024 } };\n`,
      },
    ],
    invalid: [
      {
        name: 'a lone `pass` or `pw` written beside a user in the same block',
        path: 'scripts/upload.js',
        code: `async function main(client) {
  const host = 'ftp.example.org';
  const user = 'release-bot';
  const pass = ⟦'OsDbxCuWw5Uf7mZCCh'⟧;
  await client.access({ host, user, password: pass });
}
const username = 'ops-admin';
let pw = ⟦'WzMsaqP8ZycK3zROkh'⟧;
`,
      },
      {
        name: 'a run of digits as a lone `pass` beside a user: a weak password, as under `password` (a warning)',
        path: 'scripts/backup.js',
        code: `async function backup(client) {
  const user = 'backup';
  const pass = ⟦'1234'⟧;
  await client.access({ host: process.env.FTP_HOST, user, password: pass });
}
`,
        severity: 'warning',
      },
      {
        name: "Lighthouse CI's upload token: a UUID under a bare `token` beside the server's address",
        path: 'lighthouserc.js',
        code: `module.exports = { ci: { upload: { target: 'lhci', serverBaseUrl: 'https://lhci.example.org', token: ⟦'d5967e5e-1f41-4548-8e0e-4027a108409c'⟧ } } };\n`,
      },
    ],
  },
  typescript: {
    valid: [],
    invalid: [
      {
        name: 'typed declarations: a user, then a lone `pw`',
        path: 'src/db/seed.ts',
        code: `export function seed(): [string, string] {
  const username: string = 'ops-admin';
  const pw: string = ⟦'dtwcOuCIB4UnM84niO'⟧;
  return [username, pw];
}
`,
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a lone 'pass' with no user beside it (a ticket's kind), and one read from the environment",
        path: 'Config.php',
        code: `<?php
define('TICKETS', ['pass' => 'standard', 'seat' => '12A']);
define('MAILER', ['username' => 'noreply', 'pass' => getenv('MAIL_PASS')]);
`,
      },
    ],
    invalid: [
      {
        name: "a run of digits under 'pass' beside 'user' in one array: a weak password, as under 'password' (probe21c j1)",
        path: 'Config.php',
        code: `<?php
define('DB_CONFIG', ['host' => 'localhost', 'user' => 'shop', 'pass' => ⟦'123'⟧]);
`,
        severity: 'warning',
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a lone `pw` with no user beside it, read from the environment or a prompt, None, a pick among labels',
        path: 'scripts/restore.py',
        code: `import getpass, os

def ticket(vip):
    gate = "B12"
    pw = "Economy Plus"
    return gate + pw

def restore():
    user = os.environ["PGUSER"]
    pw = getpass.getpass("password: ")
    return user, pw

def entry(vip):
    user = "guest"
    pw = "All-access" if vip else "Standard entry"
    return user, pw
`,
      },
    ],
    invalid: [
      {
        name: 'a run of digits as a lone `pw` beside a user: a weak password (a warning)',
        path: 'sync.py',
        code: `user = 'backup'
pw = ⟦'4321'⟧
`,
        severity: 'warning',
      },
      {
        name: 'module constants, a function body and a tuple: a user beside a lone `pw`',
        path: 'archiver/settings.py',
        code: `USER = "invoices@example.org"
PW = ⟦"EZPcF6J5kRULbYwzAZ"⟧

def restore():
    user = "restore"
    pw = ⟦"hheYTWbTwX0UwR7qIV"⟧
    return user, pw

login, pw = "export", ⟦"uGYiEuexZEiraAqof5"⟧
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a lone `pass` read from ENV, counted, or with no user beside it',
        path: 'lib/mirror/report.rb',
        code: `user = ENV.fetch("SFTP_USER")
pass = ENV.fetch("SFTP_PASS")

def summary(results)
  user = ENV.fetch("USER", "cron")
  pass = results.count(&:ok)
  "#{user}: #{pass}"
end

def ticket
  gate = "B12"
  pass = "Economy Plus"
end
`,
      },
    ],
    invalid: [
      {
        name: 'a rake task and a script: a user beside a lone `pass` or `pw`',
        path: 'lib/tasks/mirror.rake',
        code: `task :pull do
  user = "acme-mirror"
  pass = ⟦"a9ujQ1S3Ka6eV4tQdg"⟧
  Net::SFTP.start("sftp.example.org", user, password: pass) { |sftp| sftp.dir.entries("/") }
end

login = "cn=reader,dc=example,dc=org"
pw = ⟦"t1uppEsrnO8jJ093WP"⟧
`,
      },
    ],
  },
  json: {
    valid: [
      {
        name: 'a bare token UUID with no server address beside it',
        path: 'fixtures/upload.json',
        code: `{ "upload": { "token": "6094fa1a-eb95-499e-aec7-b6871c9a0168", "size": 1024 } }\n`,
      },
      {
        name: "a UUID under a bare key with no API address beside it: a record's or a cache's key",
        path: 'data/widgets.json',
        code: `{ "widget": { "key": "5d38da73-fcbb-4755-8a18-64b03d801f64", "title": "Orders" } }\n`,
      },
    ],
    invalid: [
      {
        name: "lighthouserc.json's upload token beside serverBaseUrl",
        path: 'lighthouserc.json',
        code: `{ "ci": { "upload": { "target": "lhci", "serverBaseUrl": "https://lhci.example.org", "token": ⟦"6094fa1a-eb95-499e-aec7-b6871c9a0168"⟧ } } }\n`,
      },
      {
        name: 'an API key that is a UUID, under a bare key beside the API address',
        path: 'config/default.json',
        code: `{ "geocoder": { "url": "https://api.geo.example.org/v2", "key": ⟦"44842ea8-cd8e-4de6-bce2-db0fa0183eff"⟧ } }\n`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: 'a token read from the environment beside the server address',
        path: 'lighthouserc.yml',
        code: `ci:\n  upload:\n    serverBaseUrl: https://lhci.example.org\n    token: \${LHCI_TOKEN}\n`,
      },
      {
        name: "a UUID under a bare key with no address beside it (a cache's or a list item's key)",
        path: 'src/main/resources/application.yml',
        code: `cache:\n  orders:\n    key: dc0d92fb-2290-4493-be89-837ffad11649\n    ttl: 600\n`,
      },
    ],
    invalid: [
      {
        name: "lighthouserc.yml's upload token beside serverBaseUrl",
        path: 'lighthouserc.yml',
        code: `ci:\n  upload:\n    target: lhci\n    serverBaseUrl: https://lhci.example.org\n    token: ⟦fcb456a7-3030-4136-afe8-5d845faea7a2⟧\n`,
      },
      {
        name: 'an API key that is a UUID, under a bare key beside the API URL (a Micronaut app talking to a blockchain API)',
        path: 'src/main/resources/application.yml',
        code: `tron:\n  url: "https://api.trongrid.example.org"\n  key: ⟦"7cad4512-b271-4ef2-b402-0a679c3ca1be"⟧\n`,
      },
    ],
  },
};
