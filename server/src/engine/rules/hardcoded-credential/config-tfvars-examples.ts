// Terraform variable files (`terraform.tfvars`, `*.auto.tfvars`) and configurations (`*.tf`): must
// report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const tfvarsExamples: Examples = {
  valid: [
    {
      name: 'one-line blocks that hold a reference or no credential',
      path: 'deploy/main.tf',
      code: 'provider "github" { token = var.github_token }\nprovider "aws" { region = "eu-west-1" }\n',
    },
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
      name: 'a configuration that takes its secrets from variables, generated passwords and interpolations',
      path: 'infra/main.tf',
      code: `variable "db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "cache" {
  length = 32
}

resource "aws_db_instance" "main" {
  engine   = "postgres"
  username = "orders"
  password = var.db_password
}

resource "aws_elasticache_replication_group" "cache" {
  auth_token = random_password.cache.result
}

locals {
  database_url = "postgres://orders:\${var.db_password}@\${aws_db_instance.main.address}/orders"
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
      name: "the Terraform CLI's .terraformrc: a credentials block's token",
      path: '.terraformrc',
      code: 'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n\ncredentials "app.terraform.io" {\n  token = "⟦Qm3vT8xK2pLw9R.atlasv1.Zm4nV8xK2pLw9RzN4sYb7HcE1qT5uJ3oD6fG0hIQm3vT8xK2pLw9RzN4sYb7HcE1qT5uJ3o⟧"\n}\n',
    },
    {
      name: 'a block written on one line holds its attribute',
      path: 'deploy/main.tf',
      code: 'provider "cloudflare" { api_token = "⟦NalGRgEH4YZsQPQ4SzMb⟧" }\n',
      messageIncludes: ['api_token'],
    },
    {
      name: "a variable's default and an SSM parameter's value, named by their block's label; a heredoc is no keys",
      path: 'infra/secrets.tf',
      code: `variable "db_password" {
  type    = string
  default = "⟦5DGYzd5W7rSN47Xl⟧"
}

variable "region" {
  default = "eu-west-1"
}

resource "aws_ssm_parameter" "stripe_api_key" {
  name  = "/prod/stripe/api-key"
  type  = "SecureString"
  value = "⟦ig7WBpJwjNSTlAYKmnh5oPCD⟧"
}

resource "aws_iam_role_policy" "read_params" {
  policy = <<EOF
{
  "Statement": [{ "Action": "ssm:GetParameter", "Resource": "*" }]
}
EOF
}
`,
    },
    {
      name: 'a provider key and a database password written into a configuration, and a URL password',
      path: 'infra/main.tf',
      code: `provider "aws" {
  region     = "eu-west-1"
  secret_key = "⟦rG3EkdpUt5YVQI2xwodqKJ1etQyi5cs55pziQSk+⟧"
}

resource "aws_db_instance" "main" {
  username = "orders"
  password = "⟦adRQV8V3Kx0xd1we⟧"
}

locals {
  smtp_url = "smtp://mailer:⟦grf1FYSDcZBNMJGU⟧@smtp.example.com:587"
}
`,
      messageIncludes: ['declare a variable', 'TF_VAR_'],
    },
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
