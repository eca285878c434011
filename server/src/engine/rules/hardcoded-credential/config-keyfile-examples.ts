// Key file examples. The keys were generated for these examples (openssl/ssh-keygen) and never used.
import type { Examples } from '../../rule';

export const keyfileExamples: Examples = {
  valid: [
    {
      name: 'a file named for a secret that holds none: a note on where the secret is kept',
      path: 'deploy/secret',
      code: 'The deploy secret is not kept here: ask the ops team, it lives in Vault under kv/deploy.\n',
    },
    {
      name: "a named value that is no key (an IV of digits, a key's id) and a word under `key`",
      path: 'encryptionkeys/premium.key',
      code: 'iv = 1337\nkey_id = premium-2024\nkey = change-me-before-use\n',
    },
    {
      name: "an SSH public key line in a .key file: public, whatever the file is called",
      path: 'keys/deploy.key',
      code: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHuGVJR2W1BfZFFVdJ0Pf3FOHRUPG593xMe/0ljd/Zmd deploy@ci\n',
    },
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
      name: 'a symmetric key under its name in a key file (an app reads `key = …` and `iv = …` to decrypt)',
      path: 'encryptionkeys/premium.key',
      code: 'key = ⟦609C1FB7DEA967FDBF46C6B7F3EAD838⟧\niv = 1337\n',
      messageIncludes: ['generated key ("key")'],
    },
    {
      name: 'a bare key in a file whose path says it signs or encrypts (64 hex digits: an AES-256 key, not a digest, here)',
      path: 'config/signing/hmac.key',
      code: '⟦aefcefeaabc7b0bb2622bf6462672372ca7d990e251fe65fdcb8a5955891dac4⟧\n',
      messageIncludes: ['generated key is committed'],
    },
    {
      name: 'a bare base64 key in a file named for a secret, with no extension',
      path: 'deploy/secret',
      code: '⟦nhsm6Ay13H7Sfa6J/mgMHialGDJk1x1F3BmXPlli⟧\n',
    },
    {
      name: 'a token of a known format in a file named for it',
      path: 'deploy/token',
      code: '⟦ghp_SZbOUG1Cn52KKOQLV1luWPBrafIDNhi2V9EY⟧\n',
      messageIncludes: ['GitHub personal access token'],
    },
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
