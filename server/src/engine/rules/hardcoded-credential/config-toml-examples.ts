// TOML examples: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const tomlExamples: Examples = {
  valid: [
    {
      name: 'a Cargo manifest: package metadata and dependency tables whose keys name crates',
      path: 'Cargo.toml',
      code: `[package]
name = "orders"
description = "Orders API with token auth"

[dependencies]
password-hash = "0.5"
jsonwebtoken = { version = "9", default-features = false }
secrecy = "0.8"
`,
    },
    {
      name: 'pyproject metadata, placeholders, empty values and non-credential keys',
      path: 'pyproject.toml',
      code: `[project]
name = "sales-dashboard"
description = "Dashboard with password-protected pages"
dependencies = ["keyring>=24", "streamlit-authenticator>=0.3"]

[tool.poetry.dependencies]
python-jose = "^3.3"

[database]
password = "changeme"
secret_key = "<your-secret-key>"
token = ""
api_key = "\${API_KEY}"
timeout = 30
`,
    },
    {
      name: 'a git-ignored secrets.toml is where Streamlit keeps local secrets',
      path: '.streamlit/secrets.toml',
      options: { gitIgnored: true },
      code: '[connections.db]\npassword = "H0176krLlFsLsk"\n',
    },
    {
      name: 'an example config is committed by design (its values are reported as information at most)',
      path: 'configs/config.example.toml',
      code: '[database]\npassword = "changeme"\n',
    },
  ],
  invalid: [
    {
      name: 'a Go service config: a table password, a nested secret and a webhook signing secret in an array of tables',
      path: 'configs/config.toml',
      code: `[database]
host = "db.internal"
password = "⟦V6t0FDkEuOm8WYK⟧" # the production password

[auth.jwt]
secret = '⟦dbd2ec56a3be4bd514a44299c8a611fa⟧'

[[webhooks]]
name = "billing"
signing_secret = "⟦e9e510ad5405577d5a15592f1a502b2c⟧"
`,
      messageIncludes: ['Factor III', 'environment'],
    },
    {
      name: 'a fly.toml [env] block: a database URL with a password and a digit-only PIN under an inline table',
      path: 'fly.toml',
      code: `app = "orders"

[env]
  DATABASE_URL = "postgres://orders:⟦l2HN6gOoVfHWVzaF⟧@orders-db.flycast:5432/orders"
  SMTP = { user = "orders", password = ⟦6742530918⟧ }
`,
    },
    {
      name: 'Streamlit secrets.toml committed to the repository: dotted keys and a multi-line string',
      path: '.streamlit/secrets.toml',
      code: `connections.snowflake.password = "⟦naS4rGGH1v9Jnv⟧"
[auth]
cookie_secret = """
⟦8c41bd8e07454b47d1653d25e973c9cb⟧"""
`,
    },
  ],
};
