// Key file examples. The keys were generated for these examples (openssl/ssh-keygen) and never used.
import type { Examples } from '../../rule';

export const keyfileExamples: Examples = {
  valid: [
    {
      name: "an age recipients file: public keys only (age1…)",
      path: 'deploy/age/keys.txt',
      code: '# ops team\nage1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n',
    },
    {
      name: 'a public key and a certificate-shaped file hold no secret',
      path: 'deploy/keys/jwt-public.pem',
      code: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAuOMZS0C1kNw45b8e89qRT3nB6uNfkhzyy/SpQS4fKvg=\n-----END PUBLIC KEY-----\n',
    },
    {
      name: 'hex in a .key file that is not Rails: a license or fixture, not a known key format',
      path: 'licenses/product.key',
      code: '9b35ce1fa38a72f680451998b7172ab7\n',
    },
    {
      name: 'an elided key in a README-like key file',
      path: 'certs/server.key',
      code: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n',
    },
  ],
  invalid: [
    {
      name: "age-keygen's identity file (SOPS' keys.txt): the secret key under its public recipient",
      path: 'deploy/age/keys.txt',
      code: '# created: 2025-09-14T09:58:03Z\n# public key: age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj\n⟦AGE-SECRET-KEY-1KW5NST3FTYSS6H06AHUPXTJQPXG4T4H6530R0XDDMT7DT8FUSRF025HYSC⟧\n',
      messageIncludes: ['age secret key'],
    },
    {
      name: "Rails' master key committed",
      path: 'config/master.key',
      code: '⟦fafbdd76f1f43de6521fb4873df927de⟧\n',
      messageIncludes: ['Rails master key', 'RAILS_MASTER_KEY'],
    },
    {
      name: 'a PKCS#8 private key in a .key file',
      path: 'certs/server.key',
      code: `⟦-----BEGIN PRIVATE KEY-----⟧
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgKfX0AfnH5Q3sfiRR
JAeiqnoo5DScskX8UvulNCr3YWChRANCAARgxFTOgUC+vocVWf8xwwYYMUzfPIXk
Lp0UezkVGf6qwdKSZgItZpO1T2BNMBicFJOl61ECHSPMsMe6eQ7bIJhr
-----END PRIVATE KEY-----
`,
      messageIncludes: ['Factor III', 'private key is committed'],
    },
    {
      name: 'an OpenSSH private key named id_ed25519',
      path: 'deploy/id_ed25519',
      code: `⟦-----BEGIN OPENSSH PRIVATE KEY-----⟧
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACB7hlSUdltQX2RRVXSdD39xTh0VDxufd8THv9JY3f2ZnQAAAIhhOGaIYThm
iAAAAAtzc2gtZWQyNTUxOQAAACB7hlSUdltQX2RRVXSdD39xTh0VDxufd8THv9JY3f2ZnQ
AAAEBa/qD2wf+26ZT7kb5gWsK4IbtB8C3VvGDyH9hxFpy8bnuGVJR2W1BfZFFVdJ0Pf3FO
HRUPG593xMe/0ljd/ZmdAAAAAAECAwQF
-----END OPENSSH PRIVATE KEY-----
`,
    },
  ],
};
