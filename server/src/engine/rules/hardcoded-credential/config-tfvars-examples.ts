// Terraform variable files (`terraform.tfvars`, `*.auto.tfvars`): must report exactly the marked
// ranges. Generated values.
import type { Examples } from '../../rule';

export const tfvarsExamples: Examples = {
  valid: [
    {
      name: 'sizes, regions, tags and an empty password left to TF_VAR_db_password',
      path: 'infra/terraform.tfvars',
      code: `region         = "eu-west-1"
instance_class = "db.t3.medium"
db_username    = "orders"
db_password    = ""
// the key is passed as TF_VAR_stripe_key in CI
tags = {
  Team = "orders"
  Env  = "production"
}
`,
    },
    {
      name: 'an example variables file is committed by design',
      path: 'infra/example.tfvars',
      code: 'db_password = "REPLACE_ME"\n',
    },
  ],
  invalid: [
    {
      name: 'a database password and an API key in terraform.tfvars, and a token inside a map',
      path: 'infra/prod/terraform.tfvars',
      code: `db_username = "orders"
db_password = "⟦qVNTqVVENRObNt5w⟧"
datadog_api_key = "⟦3289e4c9f72c42f4726ef3b56808a4ef8f6ee790⟧"
app_env = {
  LOG_LEVEL     = "info"
  SESSION_SECRET = "⟦fdiWrrdi88XtKniLST⟧"
}
`,
      messageIncludes: ['Factor III', 'TF_VAR_'],
    },
  ],
};
