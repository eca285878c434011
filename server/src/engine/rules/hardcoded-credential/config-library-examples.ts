// Batches CG and CI, from settings libraries and tool configs: environs' defaults (also by position:
// `env.str('REDIS_PASSWORD', '…')`); Pipenv's `Pipfile`, whose `[[source]]` index URL may carry a login
// (Pipenv expands `${VAR}` there); a Google API key in a bundler's define (inlined into the browser
// bundle, as a `VITE_…` variable is); Renovate's `encrypted` host rules; Bruno's `*.bru` collections (batch CL),
// read line by line as properties. Values are generated.
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
  javascript: {
    valid: [
      {
        name: "a Google API key a bundler inlines into the browser bundle: Vite's define, webpack's DefinePlugin",
        path: 'web/vite.config.js',
        code: `import webpack from 'webpack';

export default {
  define: { __MAPS_BROWSER_KEY__: JSON.stringify('AIzaPDByrhDVymlz87MwO5kh5DapYaTgSvsU9OZ') },
  plugins: [new webpack.DefinePlugin({ MAPS_EMBED_KEY: JSON.stringify('AIzaKCMVpAbGsKlrFUrm7uGPTnDq38FRHjWoGrl') })],
};
`,
      },
    ],
    invalid: [
      {
        name: "a secret in a bundler's define ships in the bundle: still reported",
        path: 'web/vite.config.js',
        code: `export default {
  define: { __ADMIN_API_TOKEN__: JSON.stringify(⟦'gqp28QoKF7OYMA65KhuvB2SOoTTkluNL2tRAxgrr'⟧) },
};
`,
        severity: 'error',
      },
    ],
  },
  json: {
    valid: [
      {
        name: "Renovate's encrypted host rule: ciphertext only the app's private key opens",
        path: 'renovate.json',
        code: `{
  "hostRules": [
    { "matchHost": "npm.pkg.github.com", "encrypted": { "token": "wcFMA40OMXXxIeA6lFY67gs0UOTejRTWXqE7trFTdfi6as3awS7YNpknj23R7z91iD4YVCB5rG4830Qojno1lTQvTTXfHd4JboJfUf0oEc5lxr7EftcVGFFgYHpc1" } }
  ]
}
`,
      },
    ],
    invalid: [
      {
        name: "a Renovate host rule's password in plain text",
        path: 'renovate.json',
        code: `{
  "hostRules": [
    { "matchHost": "nexus.trips.example", "username": "renovate", "password": ⟦"RNa1sb6LGOItm23kDDtq"⟧ }
  ]
}
`,
        severity: 'error',
      },
    ],
  },
  properties: {
    valid: [
      {
        name: "a Bruno environment whose secrets are listed under vars:secret, and a request's {{variable}} token",
        path: 'bruno/environments/Local.bru',
        code: `vars {
  baseUrl: http://localhost:4000
  clientId: partner-portal
}
vars:secret [
  clientSecret,
  apiToken
]
auth:bearer {
  token: {{apiToken}}
}
auth:basic {
  username: {{process.env.LEDGER_USER}}
  password: {{process.env.LEDGER_PASSWORD}}
}
script:post-response {
  bru.setEnvVar("token", res.body.token);
}
tests {
  test("token is returned", function() {
    expect(res.getBody().token).to.be.a('string');
  });
}
`,
      },
    ],
    invalid: [
      {
        name: "a Bruno environment's secret, a request's API key header and its basic-auth password (no fix: Bruno reads {{process.env.X}})",
        path: 'bruno/orders/Export ledger.bru',
        code: `vars {
  clientSecret: ⟦ppU5iohz0FecdILP2257SsFZvNVLeaRt⟧
}
headers {
  x-api-key: ⟦015f813927d58ac8b10439ded4f9fa9f⟧
}
auth:basic {
  username: finance-export
  password: ⟦xic5fXNiygGHYQmQFg⟧
}
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
