// Config that a template pass or a lookup layer reads first (batch S): Salt's pillars and states
// (YAML under Jinja, `.sls`) and Puppet's Hiera data, whose keys are class parameters
// (`profile::postgres::app_password`). Values are generated for these examples.
import type { Examples } from '../../rule';

export const templatedConfigExamples: Examples = {
  valid: [
    {
      name: "a Salt state's loop and pillar lookups, a Jinja comment: references, never values",
      path: 'salt/postgres/init.sls',
      code: `{# users come from the pillar #}
{% for name, user in pillar['postgres']['users'].items() %}
postgres-user-{{ name }}:
  postgres_user.present:
    - password: {{ user['password'] }}
{% endfor %}
smtp:
  password: {{ salt['vault'].read_secret('secret/smtp', 'password') }}
`,
    },
    {
      name: "hiera-eyaml's encrypted values, and a GitHub Actions secret reference",
      path: 'data/common.yaml',
      code: `profile::postgres::replica_password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq9Lx2Vb7]
profile::ci::deploy_password: \${{ secrets.DEPLOY_PASSWORD }}
`,
    },
  ],
  invalid: [
    {
      name: 'a password in a Salt pillar beside Jinja tags',
      path: 'pillar/postgres.sls',
      code: `{% set version = 15 %}
postgres:
  version: {{ version }}
  users:
    app:
      password: ⟦'Ldg3r-app-PG-2024'⟧
`,
    },
    {
      name: "Hiera's class parameters in the default hierarchy's common.yaml and per-node files",
      path: 'data/nodes/ci01.example.net.yaml',
      code: `profile::jenkins::admin_password: ⟦'J3nkins-CI-admin!'⟧
profile::monitoring::datadog_api_key: ⟦'d5ac5fb543c5bda7ffb2b2db6dbf2008'⟧
`,
    },
  ],
};
