// Held-out probe 26c's reading, scope and data-flow shapes (issue #9), in every language and format they occur in: a
// PEM private key in a text file named for key material (`app_private_key.txt`), a config copy saved under another
// ending (`database.yml.sql`), a generated own signing key in any template format, a stage folder named production
// (`environments/prod/`), and a literal passed to a parameter of the file's own function named for a credential
// (`Connect("root", "…", ip, 22)`). Hard negatives beside each. Keys and values are generated for these examples.
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const COPIED = ['setups copy the template into place as it is'];
const USER_IN_PRODUCTION = ["It is the user's name, in config only production loads"];

const ownParameter = (name: string, path: string, code: string): InvalidExample => ({ name, path, code, severity: 'error', messageIncludes: ['hardcoded password'] });

export const PROBE26C_READING_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  keyfile: {
    valid: [
      { name: "a certificate in a text file named for one: public", path: 'certs/server_cert.txt', code: '-----BEGIN CERTIFICATE-----\nMIIBszCCARygAwIBAgIUQ3Zl\n-----END CERTIFICATE-----\n' },
      { name: 'a generated-looking line in a text file named for a secret: only a PEM block counts there', path: 'notes/secret_santa.txt', code: 'Q8mZr2Lp7vXk9wNcY6bHs1DfJ3gUa5Et\n' },
    ],
    invalid: [
      { name: "Alipay's merchant key committed as app_private_key.txt", path: 'src/keys/app_private_key.txt', code: '⟦-----BEGIN PRIVATE KEY-----⟧\nMC4CAQAwBQYDK2VwBCIEIFCPgPRr/VXl9GcrKq9S3R9rh4JJq8GAH2Z9Qk9161bf\n-----END PRIVATE KEY-----\n', severity: 'error' },
      { name: 'an extensionless file named for an RSA key', path: 'deploy/deploy_rsa', code: '⟦-----BEGIN PRIVATE KEY-----⟧\nMC4CAQAwBQYDK2VwBCIEIFCPgPRr/VXl9GcrKq9S3R9rh4JJq8GAH2Z9Qk9161bf\n-----END PRIVATE KEY-----\n', severity: 'error' },
    ],
  },
  yaml: {
    valid: [],
    invalid: [
      { name: "another party's generated secret in a template stays information", path: 'example.config.yaml', code: 'github:\n  client_secret: ⟦5f0d3a9c1e7b2f4a8c6d0e1b3a5f7c9d2e4b6a8c⟧\n', severity: 'info' },
      { name: "viper's example.config.yaml with a generated JWT secret: copied into place as it is", path: 'example.config.yaml', code: 'jwt:\n  secret: ⟦ViKHL11eAq6f8MATko9Mm4rezvTBBrCevgKeAMo1qG2B5HCNNI0nSA⟧\n', severity: 'warning', messageIncludes: COPIED },
      { name: "a Rails database.yml copy saved as database.yml.sql: read as the YAML it is", path: 'config/database.yml.sql', code: 'production:\n  adapter: postgresql\n  username: tally\n  password: ⟦qoRV_Y2umZCC⟧\n', severity: 'error' },
    ],
  },
  ini: {
    valid: [],
    invalid: [
      { name: 'a user-named password in a development stage folder: a local default', path: 'conf/dev/app.ini', code: '[database]\nUser = shipper\nPassword = ⟦shipper⟧\n', severity: 'info' },
      { name: 'a 64-hex JWT secret in an INI template', path: 'config/params.ini.sample', code: '[auth]\njwt_secret = ⟦cc18eec30ab485fb9a9d3ec72c2de39d2f2a92b675503d0353d353494773d964⟧\n', severity: 'warning', messageIncludes: COPIED },
      { name: 'a user-named password in a production stage folder', path: 'conf/prod/app.ini', code: '[database]\nUser = shipper\nPassword = ⟦shipper⟧\n', severity: 'warning' },
    ],
  },
  toml: {
    valid: [],
    invalid: [
      { name: "a generated session key in config.example.toml", path: 'config.example.toml', code: '[session]\nsecret_key = "⟦sO1coqc2MbvXa7Rt0Qw9ZkLp3VnYe5Hc⟧"\n', severity: 'warning', messageIncludes: COPIED },
    ],
  },
  hocon: {
    valid: [],
    invalid: [
      { name: "a generated JWT secret in application.conf.example; the advice names this key's variable", path: 'src/main/resources/application.conf.example', code: 'jwt {\n  secret = "⟦Kp7vQm2XzR9tLw4NcY6bHs1DfJ8gUa3E⟧"\n}\n', severity: 'warning', messageIncludes: ['secret = ${?JWT_SECRET}', ...COPIED] },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      { name: "a connection URL whose scheme has a doubled colon (mysql:://)", path: '.env', code: "⟦DATABASE_URI⟧='mysql:://root:⟦Xk9vQ2mLp7⟧@localhost/app'\n", options: { gitIgnored: false } },
    ],
  },
  php: {
    valid: [
      { name: 'a label passed to a parameter named passwordLabel', path: 'src/helpers.php', code: "<?php\nfunction render_field($name, $passwordLabel) { return \"$name $passwordLabel\"; }\necho render_field('pw', 'Password');\n" },
    ],
    invalid: [
      { name: 'a user-named password in a Yii2 development environment: a local default', path: 'environments/dev/common/config/main-local.php', code: "<?php\nreturn ['components' => ['db' => ['username' => 'bazaar', 'password' => ⟦'bazaar'⟧]]];\n", severity: 'info' },
      ownParameter("a literal to the file's own function's $password", 'src/legacy.php', "<?php\nfunction legacy_connect($host, $user, $password) { return new PDO(\"mysql:host=$host\", $user, $password); }\n$db = legacy_connect('legacy.internal', 'export', ⟦'glMI_jm1TKRb'⟧);\n"),
      { name: "Yii2's environments/prod: the user's name as its password is a warning", path: 'environments/prod/common/config/main-local.php', code: "<?php\nreturn ['components' => ['db' => ['username' => 'bazaar', 'password' => ⟦'bazaar'⟧]]];\n", severity: 'warning', messageIncludes: USER_IN_PRODUCTION },
    ],
  },
  go: {
    valid: [
      { name: 'a prompt passed to a parameter named passwordPrompt; a password read from the environment', path: 'internal/remote/ssh.go', code: 'package remote\n\nimport "os"\n\nfunc Banner(host string, passwordPrompt string) string { return host + passwordPrompt }\n\nfunc Connect(user, password, host string) error { return nil }\n\nvar _ = Banner("build-01", "Password:")\nvar _ = Connect("deploy", os.Getenv("SSH_PASSWORD"), "build-01")\n' },
    ],
    invalid: [
      ownParameter("a literal to the file's own ssh wrapper's password parameter", 'internal/remote/ssh.go', 'package remote\n\nfunc Connect(user, password, host string, port int) error { return nil }\n\nfunc RestartAll() error { return Connect("deploy", ⟦"zL2abMaX6iI1"⟧, "build-01", 22) }\n'),
    ],
  },
  javascript: {
    valid: [
      { name: 'a label passed to a parameter named passwordLabel', path: 'src/lib/form.js', code: "function fieldLabel(name, passwordLabel) { return name + passwordLabel; }\nmodule.exports = fieldLabel('pwd', 'Password');\n" },
    ],
    invalid: [
      ownParameter("a literal to the file's own pool factory's password", 'src/lib/db.js', "const mysql = require('mysql2');\nfunction openPool(host, user, password) { return mysql.createPool({ host, user, password }); }\nmodule.exports = openPool(process.env.DB_HOST, 'paygate', ⟦'KWTkX89DSreZ'⟧);\n"),
    ],
  },
  typescript: {
    valid: [
      { name: 'a hint passed to a parameter named passwordField', path: 'src/lib/hint.ts', code: "export const passwordHint = (passwordField: string, min: number): string => `${passwordField} ${min}`;\nexport const hint = passwordHint('new-password', 12);\n" },
    ],
    invalid: [
      { name: "a literal to an arrow function's secret parameter", path: 'src/lib/notify.ts', code: "export const createMailer = (host: string, login: string, secret: string) => ({ host, auth: { user: login, pass: secret } });\nexport const mailer = createMailer('smtp.paygate.example', 'notify', ⟦'CZJwNGVq7idO'⟧);\n", severity: 'error' },
    ],
  },
  python: {
    valid: [
      { name: 'a placeholder text passed to a parameter named password_placeholder', path: 'atlas/forms.py', code: 'def password_field(label, password_placeholder):\n    return {"label": label, "placeholder": password_placeholder}\n\n\nfield = password_field("Password", "at least 12 characters")\n' },
    ],
    invalid: [
      ownParameter("a literal to the module's own connect helper's password", 'atlas/storage.py', 'import psycopg2\n\n\ndef open_db(host, user, password, dbname="atlas"):\n    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)\n\n\nreports = open_db("reports.internal", "atlas_ro", ⟦"GkiD8Q7WufnZ"⟧)\n'),
    ],
  },
  ruby: {
    valid: [
      { name: 'a prompt passed to a parameter named password_label', path: 'lib/prompt.rb', code: "module Prompt\n  def self.line(label, password_label)\n    \"#{label} #{password_label}\"\n  end\n\n  def self.show\n    puts line('ftp', 'Password:')\n  end\nend\n" },
    ],
    invalid: [
      ownParameter("a literal to the module's own login method's password", 'lib/ftp_sync.rb', "require 'net/ftp'\n\nmodule FtpSync\n  def self.login(host, user, password)\n    Net::FTP.new(host).tap { |ftp| ftp.login(user, password) }\n  end\n\n  def self.push\n    login('ftp.partner.example', 'tally', ⟦'EMEui_ect76X'⟧)\n  end\nend\n"),
    ],
  },
};
