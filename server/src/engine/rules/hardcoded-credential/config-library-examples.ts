// Batch CG's patterns, from settings libraries and the files around them: environs' defaults (also
// by position: `env.str('REDIS_PASSWORD', '…')`), and Pipenv's `Pipfile`, whose `[[source]]` index URL
// may carry a login (Pipenv expands `${VAR}` there). Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const CONFIG_LIBRARY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "environs' reads without a default, with a placeholder, or of a local service's URL",
        path: 'clinic/integrations.py',
        code: `from environs import Env

env = Env()
env.read_env()
REDIS_URL = env.str("REDIS_URL", "redis://localhost:6379/0")
REDIS_PASSWORD = env.str("REDIS_PASSWORD")
PARTNER_API_TOKEN = env("PARTNER_API_TOKEN", default="changeme")
SESSION_TTL = env.int("SESSION_TTL", 3600)
`,
      },
    ],
    invalid: [
      {
        name: "environs' default of a credential, by position or by keyword",
        path: 'clinic/integrations.py',
        code: `import environs

env = environs.Env()
REDIS_PASSWORD = env.str("REDIS_PASSWORD", ⟦"RhlNVcJt0aeqa1F6kO53"⟧)
JWT_SECRET = env("JWT_SECRET", default=⟦"15ae7e02ee173ea44b8d0287db3a100a8fddb837245267dac8b217c115883d1e"⟧)
`,
        severity: 'error',
      },
    ],
  },
  toml: {
    valid: [
      {
        name: "a Pipfile's public index and a private one whose login Pipenv reads from the environment",
        path: 'Pipfile',
        code: `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[[source]]
url = "https://\${GEMFURY_TOKEN}@pypi.fury.io/clinic/"
verify_ssl = true
name = "fury"
`,
      },
    ],
    invalid: [
      {
        name: "a Pipfile's private index URL with its login",
        path: 'Pipfile',
        code: `[[source]]
url = "https://deploy:⟦NRsSq87VXBtyaMOuRX2nvbvR⟧@pypi.clinic-internal.example/simple"
verify_ssl = true
name = "clinic-internal"
`,
        severity: 'error',
      },
    ],
  },
};
