// What probe29 found in value judgements, as patterns in every language they occur in: a constant's name in quotes beside
// an env read of that name is the value the setting gets; a run-together phrase that opens with the key's word is a chosen
// secret; three characters where only a signing key goes are that key; a cookie-signing key typed to look random is a key;
// a named `user =` argument is no password. Hard negatives beside them. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROBE29B_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: 'the env-read variable passed to the setting, not its name in quotes',
        path: 'app.py',
        code: "import os\nfrom flask import Flask\n\nSECRET_KEY = os.getenv('SECRET_KEY')\napp = Flask(__name__)\napp.config['SECRET_KEY'] = SECRET_KEY\n",
      },
    ],
    // Flask's `app.config['SECRET_KEY'] = 'SECRET_KEY'` beside that env read is reported (a warning), but its message names
    // the setting, which is the value: no-echo's test refuses it here, so the eval batch f29b-flask-selfname-key holds it.
    invalid: [],
  },
  javascript: {
    valid: [
      {
        name: "Koa's keys of words or a name (the doc's 'homepage'), and an enum variant spelled after its name",
        path: 'src/app.js',
        code: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = ['homepage', 'myAppKeys'];\nconst forceChangePassword = 'forceChangePasswordNextSignIn';\n",
      },
    ],
    invalid: [
      {
        name: "a JWT secret that is a phrase run together after the key's own word",
        path: 'src/config.js',
        code: "module.exports = {\n  jwt: { secret: ⟦'secretkeyforjwtauthentication'⟧ },\n};\n",
      },
      {
        name: "Koa's cookie-signing keys typed to look random (12 characters, both cases)",
        path: 'src/app.js',
        code: "const Koa = require('koa');\nconst app = new Koa();\napp.keys = [⟦'Rq7nXbT2kWzL'⟧];\n",
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a JWT block's algorithm, type and header names beside a key read from the environment",
        path: 'src/settings.php',
        code: "<?php\nreturn ['settings' => ['jwt' => ['key' => getenv('JWT_KEY'), 'alg' => 'HS256', 'type' => 'JWT', 'header' => 'X-Token']]];\n",
      },
    ],
    invalid: [
      {
        name: "Slim's JWT key of three capitals, below the value judgement's four-character floor",
        path: 'src/settings.php',
        code: "<?php\nreturn ['settings' => ['jwt' => ['key' => ⟦'XNB'⟧, 'ttl' => 60]]];\n",
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: "Exposed's Database.connect with a named user and no password: the user is no password",
        path: 'src/main/kotlin/App.kt',
        code: 'import org.jetbrains.exposed.sql.Database\n\nfun main() {\n    Database.connect(\n        url = System.getenv("JDBC_DATABASE_URL"),\n        driver = "org.postgresql.Driver",\n        user = "postgres",\n    )\n}\n',
      },
      {
        name: 'the same connect beside a credential word, so the check reads the call: named arguments are not read by position',
        path: 'src/main/kotlin/App.kt',
        code: 'import org.jetbrains.exposed.sql.Database\n\nfun main() {\n    val apiKey = System.getenv("API_KEY")\n    Database.connect(\n        url = System.getenv("JDBC_DATABASE_URL"),\n        driver = "org.postgresql.Driver",\n        user = "postgres",\n    )\n}\n',
      },
    ],
    invalid: [
      {
        name: 'the same connect with a named password',
        path: 'src/main/kotlin/App.kt',
        code: 'import org.jetbrains.exposed.sql.Database\n\nfun main() {\n    Database.connect(\n        url = System.getenv("JDBC_DATABASE_URL"),\n        driver = "org.postgresql.Driver",\n        user = "app",\n        password = ⟦"C_jbkO5PRsEQ"⟧,\n    )\n}\n',
      },
    ],
  },
};
