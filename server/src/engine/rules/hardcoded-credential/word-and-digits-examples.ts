// A password word with digits after it (`password123`, `senha123`, `Password1!`, `secret2024`) under a password's
// name or handed to a login is the password the app logs in with: among the first anybody tries, and as common in
// public apps as a run of digits (digit-run-examples.ts). A warning in the app's code. Left alone: tests, seeds,
// templates and docs (the filler those files are made of), a comparison (a strength check), an account default.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const WEAK = { severity: 'warning' as const, messageIncludes: ['password word with digits'] };

export const WORD_AND_DIGITS_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      { name: 'a strength check', path: 'src/users/validate.js', code: `export function check(password) {\n  if (password === 'password123') throw new Error('too weak');\n}\n` },
      { name: "a test's user", path: 'test/login.test.js', code: `const user = { email: 'ana@example.com', password: 'password123' };\n` },
      { name: 'the password new accounts get', path: 'src/users/invite.js', code: `const DEFAULT_PASSWORD = 'Password1!';\n` },
    ],
    invalid: [
      { name: "the app's admin defaults", path: 'src/defaults.js', code: `module.exports = { adminEmail: 'admin@acme.io', adminPassword: ⟦'password123'⟧ };\n`, ...WEAK },
      { name: 'a pool given it', path: 'src/db.js', code: `const mysql = require('mysql2');\nmodule.exports = mysql.createPool({ host: process.env.DB_HOST, user: 'loja', password: ⟦'senha123'⟧ });\n`, ...WEAK },
    ],
  },
  python: {
    valid: [{ name: 'a factory in the tests', path: 'tests/factories.py', code: `class UserFactory:\n    password = "password123"\n` }],
    invalid: [
      { name: "Django's DATABASES", path: 'app/settings.py', code: `DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": ⟦"contraseña123"⟧}}\n`, ...WEAK },
      { name: "a connection URL's password", path: 'app/db.py', code: `from sqlalchemy import create_engine\n\nengine = create_engine('postgresql://shop:⟦password123⟧@db.internal:5432/shop')\n`, ...WEAK },
    ],
  },
  go: {
    valid: [{ name: 'a test table', path: 'internal/auth/auth_test.go', code: `package auth\n\nvar cases = []struct{ Password string }{{Password: "password123"}}\n` }],
    invalid: [{ name: 'a chosen spelling is no stock word: an error', path: 'cmd/api/main.go', code: `package main\n\nconst dsn = "shop:⟦Passw0rd123⟧@tcp(db:3306)/shop"\n`, severity: 'error' }, { name: "go-sql-driver's DSN with the word and digits", path: 'cmd/web/main.go', code: `package main\n\nconst dsn = "shop:⟦password123⟧@tcp(db:3306)/shop"\n`, ...WEAK }],
  },
  java: {
    valid: [{ name: 'a strength check', path: 'src/main/java/com/acme/PasswordPolicy.java', code: `class PasswordPolicy {\n  boolean weak(String p) { return p.equals("Password1"); }\n}\n` }],
    invalid: [{ name: 'DriverManager.getConnection', path: 'src/main/java/com/acme/Db.java', code: `class Db {\n  java.sql.Connection open() throws Exception {\n    return java.sql.DriverManager.getConnection(System.getenv("JDBC_URL"), "root", ⟦"senha123"⟧);\n  }\n}\n`, ...WEAK }],
  },
  php: {
    valid: [{ name: "a seeder's demo user", path: 'database/seeders/UserSeeder.php', code: `<?php\nUser::create(['email' => 'demo@acme.io', 'password' => 'password123']);\n` }],
    invalid: [{ name: 'new mysqli', path: 'src/conexao.php', code: `<?php\n$conn = new mysqli(getenv('DB_HOST'), 'root', ⟦'senha123'⟧, 'loja');\n`, ...WEAK }],
  },
  ruby: {
    valid: [{ name: "a spec's user", path: 'spec/models/user_spec.rb', code: `let(:user) { User.create!(email: 'a@example.com', password: 'password123') }\n` }],
    invalid: [{ name: 'Mysql2 client', path: 'app/lib/db.rb', code: `DB = Mysql2::Client.new(host: ENV.fetch("DB_HOST"), password: ⟦"password123"⟧)\n`, ...WEAK }],
  },
  yaml: {
    valid: [{ name: "an example file's sample", path: 'config/application.example.yml', code: `db:\n  password: password123\n` }],
    invalid: [{ name: "Spring's datasource", path: 'src/main/resources/application.yml', code: `spring:\n  datasource:\n    url: \${JDBC_URL}\n    password: ⟦senha123⟧\n`, ...WEAK }],
  },
};
