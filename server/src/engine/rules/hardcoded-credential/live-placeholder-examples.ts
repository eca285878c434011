// Placeholder-shaped values that are the live value (issue #9, probe21c e/l/o/d3/g/h, probe21g b): a key's own words in
// the settings file the app loads with nothing filled in from the environment, the bare word of a secret in a config
// that says it is production's, a Flask `SECRET_KEY = 'key string'` no environment read overrides, a `…_key_here`
// template the cipher keys with, a policy-shaped `Abc@123456` password, a HOCON literal before `${?SECRET_KEY}`.
// Hard negatives: the same words in a template (`config.example.yml`), in a file that fills values in from the
// environment, in config only development runs, and overridden by an environment read of the same setting.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const LIVE = ['placeholder'];
const WORD = { severity: 'warning' as const, messageIncludes: ['the word itself'] };

export const LIVE_PLACEHOLDER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: 'the same key word in a template, copied and filled in',
        path: 'config/config.example.yml',
        code: 'server:\n  Port: :5000\n  JwtSecretKey: secretkey\n',
      },
      {
        name: 'a settings file that fills its values in from the environment leaves its key word a default',
        path: 'config/config.yml',
        code: 'server:\n  Port: ${PORT}\n  JwtSecretKey: secretkey\n',
      },
      {
        name: 'a key word under a name that is not only a signing secret',
        path: 'config/config.yml',
        code: 'redis:\n  password: password\n',
      },
    ],
    invalid: [
      {
        name: "a Go service's config-docker.yml, nothing filled in: the key's own words are the key it signs with (probe21c e)",
        path: 'config/config-docker.yml',
        code: 'server:\n  Port: :5000\n  JwtSecretKey: ⟦secretkey⟧\n  CookieName: jwt-token\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
    ],
  },
  ini: {
    valid: [
      {
        name: "the bare word of a secret in a config that does not say it is production's",
        path: 'conf/app.conf',
        code: 'appname = portal\nrunmode = dev\nradiusSecret = "secret"\n',
      },
      {
        name: 'a password rule, not a password',
        path: 'conf/app.conf',
        code: 'runmode = prod\npasswordMinLength = 8\n',
      },
    ],
    invalid: [
      {
        name: "beego's production app.conf with the bare word of its RADIUS secret (probe21c l)",
        path: 'conf/app.conf',
        code: 'appname = portal\nrunmode = prod\nradiusSecret = ⟦"secret"⟧\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
      {
        name: 'a capitalised word, a symbol and digits under a password (probe21c d3): a weak password in use, not a placeholder',
        path: 'conf/app.conf',
        code: 'runmode = dev\ndbuser = root\ndbpassword = ⟦Abc@123456⟧\n',
        severity: 'warning',
        messageIncludes: ['first passwords anybody tries'],
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      {
        name: "an env file's bare `token` holding a UUID (probe21g f): an env file holds settings, so it is the token; a station id's UUID is not",
        path: '.env',
        code: '⟦token⟧=⟦afefd839-5e89-4f3f-9e6c-1a2e2c74b641⟧\nstation_id=34b8b4b8-0128-4220-a10d-db76df9322f2\n',
        options: { gitIgnored: false },
      },
    ],
  },
  hocon: {
    valid: [
      {
        name: 'a port default overridden by the environment',
        path: 'src/main/resources/application.conf',
        code: 'http {\n  port = 8080\n  port = ${?PORT}\n}\n',
      },
    ],
    invalid: [
      {
        name: 'a literal secret key before an optional environment override (probe21c g): the key whenever the variable is unset, as in Spring',
        path: 'src/main/resources/application.conf',
        code: 'encryptor {\n  secret_key = "⟦9898939942⟧"\n  secret_key = ${?SECRET_KEY}\n}\n',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'the word under a name alone, in a hash of settings, stays a placeholder',
        path: 'config/defaults.rb',
        code: "DEFAULTS = { username: 'admin', password: 'password' }.freeze\n",
      },
      {
        name: 'a connection given the password from the environment',
        path: 'config/archive.rb',
        code: "ActiveRecord::Base.establish_connection(adapter: 'postgresql', password: ENV.fetch('ARCHIVE_DB_PASSWORD'))\n",
      },
    ],
    invalid: [
      {
        name: "Active Record's connection given the word itself in every environment (probe21c h: `'password'`; `'passwd'` here, which no message spells)",
        path: 'config/database.rb',
        code: "ActiveRecord::Base.establish_connection(\n  adapter: 'postgresql',\n  username: db.user,\n  password: ⟦'passwd'⟧\n)\n",
        ...WORD,
      },
    ],
  },
  go: {
    valid: [
      {
        name: "a DSN format given the password from the environment",
        path: 'store/db.go',
        code: 'package store\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar dsn = fmt.Sprintf("%s:%s@tcp(%s:3306)/shop", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_HOST"))\n',
      },
    ],
    invalid: [
      {
        name: "go-sql-driver's DSN built by Sprintf with the word itself (`passwd`) in its password slot",
        path: 'store/db.go',
        code: 'package store\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nvar dsn = fmt.Sprintf("%s:%s@tcp(%s:3306)/%s", "shop", ⟦"passwd"⟧, os.Getenv("DB_HOST"), "shop")\n',
        ...WORD,
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: 'DriverManager given the word itself (`passwd`)',
        path: 'src/main/java/com/acme/Ledger.java',
        code: 'package com.acme;\n\nimport java.sql.*;\n\nclass Ledger {\n  Connection open(String url) throws SQLException {\n    return DriverManager.getConnection(url, "ledger", ⟦"passwd"⟧);\n  }\n}\n',
        ...WORD,
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: 'PDO given the word `secret` as the password (reported before this round too)',
        path: 'src/Database.php',
        code: "<?php\n$pdo = new PDO($dsn, 'root', ⟦'secret'⟧);\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a base class's key words that the production class reads from the environment",
        path: 'config.py',
        code: "import os\n\n\nclass Config:\n    SECRET_KEY = 'key string'\n\n\nclass ProductionConfig(Config):\n    SECRET_KEY = os.environ['SECRET_KEY']\n",
      },
      {
        name: "a test config's key words",
        path: 'tests/conftest.py',
        code: "class TestConfig:\n    SECRET_KEY = 'key string'\n",
      },
    ],
    invalid: [
      {
        name: 'psycopg2 and PyMySQL given the word itself as the password',
        path: 'reports/sources.py',
        code: 'import os\n\nimport psycopg2\nimport pymysql\n\nwarehouse = psycopg2.connect(host=os.environ["WAREHOUSE_HOST"], user="reports", password=⟦"passwd"⟧)\nshop = pymysql.connect(host=os.environ["SHOP_HOST"], user="root", password=⟦"secret"⟧)\n',
        ...WORD,
      },
      {
        name: "a module SECRET of the app's name and a key's word, signed with by PyJWT (probe21g c): judged by its use, a sink's secret as in Go's SignedString",
        path: 'ledger/sessions.py',
        code: 'import jwt\n\nSECRET = ⟦"ledgerapp-secret"⟧\n\n\ndef issue(user):\n    return jwt.encode({"sub": user}, SECRET, algorithm="HS256")\n',
        severity: 'error',
      },
      {
        name: "Flask's only config class, its key the words of a tutorial (probe21c o)",
        path: 'config.py',
        code: "class Config:\n    SECRET_KEY = ⟦'key string'⟧\n    SQLALCHEMY_TRACK_MODIFICATIONS = False\n",
        severity: 'warning',
        messageIncludes: LIVE,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a ConfigService read of a mail server's password falling back to a placeholder: the server refuses it",
        path: 'src/mail/mail.service.ts',
        code: "export class MailService {\n  constructor(private readonly configService: ConfigService) {}\n  pass() { return this.configService.get<string>('MAIL_PASSWORD') || 'changeme'; }\n}\n",
      },
      {
        name: "a template's words as the fallback of another server's password, and a fallback that says where it may run",
        path: 'src/config.js',
        code: "module.exports = {\n  mail: process.env.MAIL_PASSWORD || 'your_mail_password',\n  session: process.env.SESSION_SECRET || 'local-session-secret-do-not-use',\n};\n",
      },
      {
        name: "a `your_…_here` template of another server's password stays a template",
        path: 'config/all.js',
        code: 'module.exports = { mailPassword: "your_mail_password_here" };\n',
      },
    ],
    invalid: [
      {
        name: "NestJS' ConfigService read of JWT_SECRET falling back to a stand-in word (probe21c n: `|| 'secret'`)",
        path: 'src/auth/constants.ts',
        code: "import { ConfigService } from '@nestjs/config';\nconst configService = new ConfigService();\nexport const jwtConstants = { secret: configService.get<string>('JWT_SECRET') || ⟦'default'⟧ };\n",
        severity: 'warning',
      },
      {
        name: "a template's key words as the fallback of the JWT secret the signer takes (probe21 g, amazona)",
        path: 'backend/utils.js',
        code: "const jwt = require('jsonwebtoken');\nexports.token = (user) => jwt.sign({ id: user.id }, process.env.JWT_SECRET || ⟦'yoursecret'⟧, { expiresIn: '30d' });\n",
        severity: 'warning',
      },
      {
        name: "a cipher's key left as the template's `…_key_here` beside the cookie secret (probe21g b, NodeGoat)",
        path: 'config/all.js',
        code: 'module.exports = {\n  cookieSecret: ⟦"shop_cookie_secret_here"⟧,\n  cryptoKey: ⟦"some_crypto_key_here"⟧,\n  cryptoAlgo: "aes256",\n};\n',
        severity: 'warning',
        messageIncludes: LIVE,
      },
    ],
  },
};
