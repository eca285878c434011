// A credential's word after the project's own name (`kennel_password` beside `database: 'kennel_production'`) is a
// real, weak password in every language and config file; a role's word (`db_password`, `admin_password`), a
// field's name and a value with no project beside it stay silent. Generated names.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROJECT_SECRET_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "a role's word, a form field's name, a setting's name with no project beside it, an env default",
        path: 'sightings/config.py',
        code: `import os
DB_NAME = "wildlife"
DB_PASSWORD = os.environ.get("DB_PASSWORD", "db_password")
ADMIN_PASSWORD = "admin_password"
PASSWORD_FIELD_NAME = "wildlife_password"
VMAX_PASSWORD = "san_password"
`,
      },
    ],
    invalid: [
      {
        name: 'the password named after the database it opens',
        path: 'sightings/config.py',
        code: `DB_NAME = "wildlife"\nDB_USER = "wildlife"\nDB_PASSWORD = ⟦"wildlife_password"⟧\n`,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a local block's role password, a form's field name, a comparison",
        path: 'config/config.js',
        code: `module.exports = {
  local: { username: 'shopapp', password: 'db_password', database: 'shopapp_development' },
  form: { passwordField: 'shopapp_password' },
};
if (input.password === 'shopapp_password') reject();
`,
      },
    ],
    invalid: [
      {
        name: "Sequelize's production block and a session secret named after the app",
        path: 'config/config.js',
        code: `module.exports = {
  production: { username: 'shopapp', password: ⟦'shopapp_password'⟧, database: 'shopapp_production' },
  session: { name: 'shopapp_session', secret: ⟦'shopapp_secret'⟧ },
};
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "a login form's field names, a role's placeholder",
        path: 'lib/kennel/app.rb',
        code: `LOGIN_FORM = { user_field: "kennel_user", password_field: "kennel_password" }.freeze
DB = Sequel.connect(database: "kennel_production", user: "admin", password: "admin_password")
`,
      },
    ],
    invalid: [
      {
        name: 'Sequel.connect with the password named after the database',
        path: 'lib/kennel/app.rb',
        code: `DB = Sequel.connect(adapter: "postgres", database: "kennel_production", user: "kennel", password: ⟦"kennel_password"⟧)\n`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a database.yml whose password names a role",
        path: 'config/database.yml',
        code: `production:\n  database: kennel_production\n  username: kennel\n  password: db_password\n`,
      },
    ],
    invalid: [
      {
        name: "a database.yml whose password is the project's name and the word",
        path: 'config/database.yml',
        code: `production:\n  database: kennel_production\n  username: kennel\n  password: ⟦kennel_password⟧\n`,
      },
    ],
  },
  go: {
    valid: [
      {
        name: "a role's placeholder beside the database's name",
        path: 'internal/config/config.go',
        code: `package config

var DB = struct{ Name, User, Password string }{Name: "kennel_production", User: "kennel", Password: "db_password"}
`,
      },
    ],
    invalid: [
      {
        name: 'the password named after the database it opens',
        path: 'internal/config/config.go',
        code: `package config

var DB = struct{ Name, User, Password string }{Name: "kennel_production", User: "kennel", Password: ⟦"kennel_password"⟧}
`,
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: 'a DataSource set up with the password named after its user',
        path: 'src/main/java/org/kennel/Db.java',
        code: `class Db {
  static final String USERNAME = "kennel";
  static final String PASSWORD = ⟦"kennel_password"⟧;
}
`,
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: "a config array whose password is the database's name and the word",
        path: 'config/db.php',
        code: `<?php
return ['database' => 'kennel_production', 'username' => 'kennel', 'password' => ⟦'kennel_password'⟧];
`,
      },
    ],
  },
};
