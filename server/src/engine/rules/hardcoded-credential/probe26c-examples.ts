// What held-out probe 26c found among the value judgements, as patterns in every language they occur in: a template that
// spells its own key (`my_<app>_<stage>_password`) is the placeholder `your_…` is; a password typed with doubled separators
// in a development block is a chosen word there; the keyboard's digit row is the counting run `123456789` is; a key's
// words written with a space, a fill-me-in phrase as a signing secret's fallback and a secret's words said louder
// (`supersecret`) are the stub `'secret'` is, a warning in every secret sink. Hard negatives beside them. Values are generated.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';
import { chosenWordInDevelopment } from './development-code-examples';

const STUB = ['reads like a placeholder'];
const warning = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'warning', messageIncludes: STUB });

export const PROBE26C_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: "database.yml's production block left at its self-naming template (my_<app>_production_…), as your_… is",
        path: 'config/database.yml',
        code: 'production:\n  adapter: postgresql\n  database: my_garden_production_database\n  username: my_garden_production_user\n  password: my_garden_production_password\n',
      },
      {
        name: "Spring's datasource at the same template",
        path: 'src/main/resources/application.yml',
        code: 'spring:\n  datasource:\n    url: ${DATABASE_URL}\n    username: my_desk_production_user\n    password: my_desk_production_password\n',
      },
    ],
    invalid: [],
  },
  ini: {
    valid: [
      {
        name: "the keyboard's digit row and counting to ten under a signing key's name, as 123456789 is",
        path: 'conf/app.ini',
        code: '[app]\nSIGNING_KEY = 1234567890\n\n[legacy]\nSIGNING_KEY = 12345678910\n',
      },
    ],
    invalid: [],
  },
  hocon: {
    valid: [],
    invalid: [
      {
        name: "the keyboard's digit row as a secret key's default before its substitution: the warning 123456789 gets",
        path: 'src/main/resources/application.conf',
        code: 'encryptor {\n    secret_key = "⟦1234567890⟧"\n    secret_key = ${?SECRET_KEY}\n}\n',
        severity: 'warning',
        messageIncludes: ['run of digits'],
      },
      {
        name: "a fill-me-in phrase as a JWT secret's default",
        path: 'src/main/resources/application.conf',
        code: 'jwt {\n    secret = "⟦change-me-in-production⟧"\n    secret = ${?JWT_SECRET}\n}\n',
        severity: 'warning',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'Rails production config at its self-naming template',
        path: 'config/environments/production.rb',
        code: 'Rails.application.configure do\n  config.active_record.database_password = "my_garden_production_password"\nend\n',
      },
    ],
    invalid: [
      warning("a secret's words said louder as Sinatra's session secret", 'app/controllers/application_controller.rb', 'class ApplicationController < Sinatra::Base\n  enable :sessions\n  set :session_secret, ⟦"password_security"⟧\nend\n'),
      warning('a fill-me-in phrase as the fallback of a signing secret', 'config/initializers/jwt.rb', 'SIGNING_SECRET = ENV.fetch("JWT_SECRET") { ⟦"replace-me-before-deploy"⟧ }\n'),
      chosenWordInDevelopment(
        "a password typed with doubled separators in Sinatra's configure :development block",
        'config/environments.rb',
        'configure :development do\n  ActiveRecord::Base.establish_connection(\n    adapter: "mysql2",\n    username: "notes",\n    password: ⟦"hyyag_-q"⟧,\n  )\nend\n',
      ),
    ],
  },
  python: {
    valid: [
      {
        name: "another server's password falls back to a fill-me-in phrase or a self-naming template: refused at first use",
        path: 'journal/settings.py',
        code: 'import os\n\nMAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "change-in-production")\nDB_PASSWORD = os.environ.get("DB_PASSWORD", "my_clinic_production_password")\n',
      },
    ],
    invalid: [
      warning("Flask's secret key as a key's words with spaces", 'journal/__init__.py', 'from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = ⟦"app secret key"⟧\n'),
      {
        name: "a fill-me-in phrase as the fallback of Django's and a JWT's signing key",
        path: 'clinic/settings.py',
        code: 'import os\n\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", ⟦"django-secret-key-replace-me"⟧)\nJWT_SECRET_KEY = os.environ.get("JWT_SECRET_KEY", ⟦"change-this-in-production"⟧)\n',
        severity: 'warning',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "an SMTP password's fill-me-in fallback, and a fallback that says it runs only locally",
        path: 'src/config/session.js',
        code: "module.exports = {\n  smtpPassword: process.env.SMTP_PASSWORD || 'change-in-production',\n  cookieSecret: process.env.COOKIE_SECRET || 'local-cookie-secret-do-not-use',\n};\n",
      },
    ],
    invalid: [
      {
        name: "a template phrase and a TODO as a signing secret's fallback, whatever its other words",
        path: 'src/config/jwt.js',
        code: "module.exports = {\n  secret: process.env.JWT_SECRET || ⟦'your-secret-key-change-in-production'⟧,\n  refresh: process.env.REFRESH_TOKEN_SECRET ?? ⟦'TODO-change-me'⟧,\n};\n",
        severity: 'warning',
      },
      warning("a secret's words said louder as the session secret's fallback", 'src/config/session.js', "module.exports = { secret: process.env.SESSION_SECRET || ⟦'supersecret'⟧ };\n"),
      warning("a key's words with a space handed to the signer", 'src/token.js', "const jwt = require('jsonwebtoken');\nmodule.exports = (user) => jwt.sign({ sub: user }, ⟦'jwt secret'⟧);\n"),
      {
        name: "a chosen phrase stays an error: express-session's documented 'keyboard cat'",
        path: 'src/app.js',
        code: "const session = require('express-session');\nmodule.exports = session({ secret: ⟦'keyboard cat'⟧, store: sessionStore });\n",
        severity: 'error',
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a lab service's login at its self-naming template, and a PIN at the keyboard's digit row",
        path: 'config/labs.php',
        code: "<?php\n\nreturn [\n    'username' => 'my_clinic_labs_user',\n    'password' => 'my_clinic_labs_password',\n    'pin' => '1234567890',\n];\n",
      },
    ],
    invalid: [
      warning("a fill-me-in phrase as env('JWT_SECRET')'s default", 'config/jwt.php', "<?php\n\nreturn [\n    'secret' => env('JWT_SECRET', ⟦'change-this-in-production'⟧),\n];\n"),
      warning("Yii's cookieValidationKey as a key's words with a space", 'config/web.php', "<?php\n\nreturn [\n    'components' => [\n        'request' => ['cookieValidationKey' => ⟦'secret key'⟧],\n    ],\n];\n"),
      chosenWordInDevelopment(
        "a mail password set only under Yii's YII_ENV_DEV",
        'config/web.php',
        "<?php\n\n$config = ['id' => 'board'];\n\nif (YII_ENV_DEV) {\n    $config['components']['mailer']['transport']['password'] = ⟦'copper-kettle-12'⟧;\n}\n\nreturn $config;\n",
      ),
    ],
  },
  go: {
    valid: [],
    invalid: [
      warning(
        "a fill-me-in phrase as the fallback of the JWT secret through the app's getEnv",
        'internal/auth/jwt.go',
        'package auth\n\nimport "os"\n\nfunc getEnv(key, fallback string) string {\n\tif v, ok := os.LookupEnv(key); ok {\n\t\treturn v\n\t}\n\treturn fallback\n}\n\nvar signingKey = []byte(getEnv("JWT_SECRET", ⟦"change-me-in-prod"⟧))\n',
      ),
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: "a fill-me-in phrase as a signing secret's @Value default",
        path: 'src/main/java/desk/config/TokenConfig.java',
        code: 'package desk.config;\n\nimport org.springframework.beans.factory.annotation.Value;\n\npublic class TokenConfig {\n    @Value("${jwt.refresh-secret:⟦change-this-in-production⟧}")\n    private String refreshSecret;\n}\n',
        severity: 'warning',
      },
    ],
  },
};
