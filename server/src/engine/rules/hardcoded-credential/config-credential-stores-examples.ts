// `.netrc`, `.pgpass` and `.git-credentials` committed to the repository: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const credentialStoreExamples: Examples = {
  valid: [
    {
      name: 'a .netrc with a login and no password, and a macro whose body says password',
      path: '.netrc',
      code: 'machine ftp.example.com login anonymous\nmacdef init\necho password please\n\n',
    },
    {
      name: 'a .git-credentials entry with a user and no password',
      path: '.git-credentials',
      code: 'https://ci-bot@git.example.com\n',
    },
  ],
  invalid: [
    {
      name: 'a .pgpass for a local database with the stock password is information; comments are skipped',
      path: '.pgpass',
      code: '# host:port:db:user:password\nlocalhost:5432:*:postgres:⟦postgres⟧\n',
      severity: 'info',
    },
    {
      name: 'every machine of a .netrc, on one line or several',
      path: '.netrc',
      code: 'machine api.heroku.com\n  login deploy@example.com\n  password ⟦olREavYMVQX3oCcs⟧\nmachine artifacts.example.com login builder password ⟦GX67bd6VwaTIxEGS⟧\n',
      messageIncludes: ['Factor III', 'stores logins'],
    },
    {
      name: 'the password field of a .pgpass line, escaped colons included',
      path: 'ops/.pgpass',
      code: 'dwh.internal:5432:warehouse:etl:⟦ky0SAhBZQz\\:oePzHW⟧\n*:5432:*:replicator:⟦HCK9rzcYDe9c23U1⟧\n',
    },
    {
      name: "every URL's password of git's credential store, percent-encoded as written",
      path: '.git-credentials',
      code: 'https://ci-bot:⟦yi8SwYQIkmQwokL1l1yC⟧@git.example.com\nhttps://deploy:⟦DgfMTnnWsaZw%40r7oSQt⟧@gitlab.internal:8443/group\n',
    },
  ],
};
