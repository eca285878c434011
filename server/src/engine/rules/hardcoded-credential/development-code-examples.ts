// Code only a development or debug run reaches (rules/development-code.ts), in every language: a chosen word there is
// information, as in a file only local development loads; a generated value keeps its severity, and the same chosen
// word outside the branch or class is judged as ever. Compose: a dev stack by its file name, a service named or
// profiled for development, and a test run's services with a tool that waits for one. Values are generated.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const BRANCH_NOTE = 'only a development or debug run reaches';

export const chosenWordInDevelopment = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [BRANCH_NOTE] });

export const DEVELOPMENT_CODE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [],
    invalid: [
      chosenWordInDevelopment(
        "Flask's DevelopmentConfig and LocalConfig classes",
        'recipes/config.py',
        'import os\n\nclass Config:\n    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")\n\nclass DevelopmentConfig(Config):\n    MAIL_PASSWORD = ⟦"devmail"⟧\n\nclass LocalConfig(DevelopmentConfig):\n    JWT_SECRET_KEY = ⟦"local-jwt-secret"⟧\n',
      ),
      chosenWordInDevelopment(
        'a default set only when the debug switch is on',
        'recipes/wsgi.py',
        'import os\n\nif os.environ.get("FLASK_DEBUG") == "1":\n    os.environ.setdefault("STRIPE_WEBHOOK_SECRET", ⟦"whsec-local-debug"⟧)\n',
      ),
      {
        name: 'a generated value in a development class keeps its severity, and a chosen word in ProductionConfig is an error',
        path: 'recipes/config.py',
        code: 'class DevelopmentConfig:\n    MAIL_PASSWORD = ⟦"Ivm9HUUM66J_nzAQAfWB_qwo"⟧\n\nclass ProductionConfig:\n    JWT_SECRET_KEY = ⟦"local-jwt-secret"⟧\n',
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [],
    invalid: [
      chosenWordInDevelopment(
        'a value set only outside production',
        'server/config.js',
        "module.exports = { port: Number(process.env.PORT || 3000) };\n\nif (process.env.NODE_ENV !== 'production') {\n  module.exports.adminPassword = ⟦'kiwi-orchard-pass'⟧;\n}\n",
      ),
      {
        name: 'the same value in production\'s branch is an error',
        path: 'server/config.js',
        code: "if (process.env.NODE_ENV === 'production') {\n  module.exports.adminPassword = ⟦'kiwi-orchard-pass'⟧;\n}\n",
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      chosenWordInDevelopment(
        'an ENV default only a development boot sets',
        'config/initializers/dev_defaults.rb',
        'if Rails.env.development?\n  ENV["GITHUB_CLIENT_SECRET"] ||= ⟦"dev-github-secret"⟧\nend\n',
      ),
      chosenWordInDevelopment(
        'the body of `unless Rails.env.production?`, and the code after a guard that returns in production',
        'lib/dev_defaults.rb',
        'unless Rails.env.production?\n  ENV["MAILGUN_API_KEY"] ||= ⟦"local-mailgun-key"⟧\nend\n\ndef self.apply!\n  return if Rails.env.production?\n\n  ENV["SLACK_WEBHOOK_SECRET"] ||= ⟦"kiwi-slack-secret"⟧\nend\n',
      ),
      {
        name: 'the same guard the other way round leaves production in: an error',
        path: 'lib/dev_defaults.rb',
        code: 'def self.apply!\n  return unless Rails.env.production?\n\n  ENV["SLACK_WEBHOOK_SECRET"] ||= ⟦"kiwi-slack-secret"⟧\nend\n',
        severity: 'error',
      },
    ],
  },
  go: {
    valid: [],
    invalid: [
      chosenWordInDevelopment(
        "a default in gin's debug mode",
        'cmd/api/main.go',
        'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"github.com/spf13/viper"\n)\n\nfunc main() {\n\tif gin.Mode() == gin.DebugMode {\n\t\tviper.SetDefault("jwt.secret", ⟦"debug-jwt-secret"⟧)\n\t}\n}\n',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      chosenWordInDevelopment(
        'a Spring configuration created only under the dev profile',
        'src/main/java/org/tidewater/dock/config/DevDataSourceConfig.java',
        'package org.tidewater.dock.config;\n\n@Configuration\n@Profile("dev")\npublic class DevDataSourceConfig {\n    @Bean\n    public DataSource dataSource() {\n        return DataSourceBuilder.create().username("dock").password(⟦"dock-dev-pass"⟧).build();\n    }\n}\n',
      ),
      {
        name: 'the same bean under the prod profile is an error',
        path: 'src/main/java/org/tidewater/dock/config/ProdDataSourceConfig.java',
        code: 'package org.tidewater.dock.config;\n\n@Configuration\n@Profile("prod")\npublic class ProdDataSourceConfig {\n    @Bean\n    public DataSource dataSource() {\n        return DataSourceBuilder.create().username("dock").password(⟦"dock-dev-pass"⟧).build();\n    }\n}\n',
        severity: 'error',
      },
    ],
  },
  yaml: {
    valid: [],
    invalid: [
      {
        name: "a service only the dev profile starts (a login that is no stock image's)",
        path: 'docker-compose.yml',
        code: 'services:\n  mailer:\n    image: axllent/mailpit\n    profiles:\n      - dev\n    environment:\n      SMTP_PASSWORD: ⟦dev-mail-pass⟧\n',
        severity: 'info',
      },
      {
        name: 'a dev compose stack by its name: a chosen word is information',
        path: 'compose.local.yaml',
        code: 'services:\n  redis:\n    image: redis:7\n    command: redis-server --requirepass ⟦local-redis⟧\n',
        severity: 'info',
      },
      {
        name: "the same stack named in the config's scopes.app is what the team deploys: the user's word wins over the name (a warning, as the stack's own redis password in any compose file not shaped for a deploy)",
        path: 'compose.local.yaml',
        code: 'services:\n  redis:\n    image: redis:7\n    command: redis-server --requirepass ⟦local-redis⟧\n',
        options: { scopes: { app: ['compose.local.yaml'] } },
        severity: 'warning',
      },
      {
        name: 'a service named for development in a plain compose file',
        path: 'docker-compose.yml',
        code: 'services:\n  web_dev:\n    image: node:20\n    environment:\n      WEBHOOK_SECRET: ⟦kiwi-orchard-secret⟧\n',
        severity: 'info',
      },
      {
        name: 'the same word in a service not named for development is an error',
        path: 'docker-compose.yml',
        code: 'services:\n  web:\n    image: node:20\n    environment:\n      WEBHOOK_SECRET: ⟦kiwi-orchard-secret⟧\n',
        severity: 'error',
      },
      {
        name: "a test run's services, with MinIO's client waiting for MinIO to make a bucket: a test's guesses",
        path: 'ci/docker-compose.deps.yml',
        code: 'services:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: ledger_test\n      POSTGRES_PASSWORD: ⟦ledger-ci-pass⟧\n  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_PASSWORD: ⟦ledger-minio-pass⟧\n  minio-init:\n    image: minio/mc\n    depends_on: [minio]\n',
        severity: 'info',
        messageIncludes: ['in test code'],
      },
      {
        name: 'a test run\'s services with the app built from the checkout depending on them: judged as ever',
        path: 'ci/docker-compose.deps.yml',
        code: 'services:\n  app:\n    build: .\n    depends_on: [postgres]\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: ledger_test\n      POSTGRES_PASSWORD: ⟦S5yJwwXrhIx9TKwwBs-cT4Mu⟧\n',
        severity: 'warning',
      },
    ],
  },
};
