// What the round-28 probes found in value judgements, as patterns in every language they occur in: a chosen phrase behind a
// stage word (`dev.webklinik09mei2015`) is no dotted key's path; a random salt that holds two of a regular expression's
// tokens (WordPress' `)*?`) is no pattern without a backslash; a signing key's own name as its value is the key, in every
// spelling of the framework's setting. Hard negatives beside them: dotted keys of words, patterns that escape, key names
// used as names. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROBE28_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  php: {
    valid: [
      {
        name: 'dotted translation keys and config paths of words under a key-like name, and a pattern that escapes',
        path: 'application/config/config.php',
        code: "<?php\n$config['lang_key'] = 'auth.password_reset';\ndefine('APP_SECRET_KEY_NAME', 'prod.app_secret');\ndefine('PHONE_PATTERN', '^\\+?(?:\\d[\\s-]?)*?\\d{7,}$');\n",
      },
    ],
    invalid: [
      {
        name: "CodeIgniter's encryption key and a defined secret: a stage word, then a phrase with a date or a number in it",
        path: 'application/config/config.php',
        code: "<?php\n$config['encryption_key'] = ⟦'dev.rumahsakit21april2016'⟧;\ndefine('APP_SECRET', ⟦'prod.gedungsate45bandung'⟧);\n",
      },
      {
        name: "CodeIgniter's encryption key set to a stand-in word (its own name too: the eval batch)",
        path: 'application/config/config.php',
        code: "<?php\n$config['encryption_key'] = ⟦'example'⟧;\n$config['sess_cookie_name'] = 'ci_session';\n",
        severity: 'warning',
      },
      {
        name: "WordPress salts holding a regular expression's tokens (`)*?`, `]+` and `*?`): random, with no backslash",
        path: 'wp-config.php',
        code: "<?php\ndefine( 'AUTH_KEY', ⟦'^u(S]D*2U,&R,B^^qv:q(ReO6G}*Ju,a(r#AERiXLoG&&~qzPr)*?zb^^Lx{P-J3'⟧ );\ndefine( 'SECURE_AUTH_KEY', ⟦'#@T.hLn=>5YVw*UBWmcKaH1RJ[)ViD_y vX-9CgA+29]+usEq%PvLZ7Tn*?#<jL/'⟧ );\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a signing key's name used as a name: a settings lookup, an env variable's name, a dotted redirect",
        path: 'shop/views.py',
        code: "SECRET_KEY_SETTING = 'SECRET_KEY'\nLOGIN_REDIRECT = 'accounts.profile'\n\ndef lookup(settings):\n    return settings.get('secret_key')\n",
      },
    ],
    invalid: [
      {
        name: "Flask's signing key, a stand-in word on an app of any name, in both spellings (its own name, `'secret_key'`, too: the eval batch, as a message names the key)",
        path: 'shop/__init__.py',
        code: "from flask import Flask\napp = Flask(__name__)\napp.config['SECRET_KEY'] = ⟦'example'⟧\nadmin = Flask('admin')\nadmin.secret_key = ⟦'secret'⟧\n",
        severity: 'warning',
      },
      {
        name: "Flask's signing key set by keywords: config.update and from_mapping, a stand-in word or its own name",
        path: 'shop/factory.py',
        code: "from flask import Flask\nweb = Flask(__name__)\nweb.config.update(SECRET_KEY=⟦'secret'⟧, DEBUG=False)\nweb.config.from_mapping(SECRET_KEY=⟦'example'⟧)\n",
        severity: 'warning',
      },
      {
        name: 'a stage word, then a phrase with a date in it, as a Django SECRET_KEY',
        path: 'settings.py',
        code: "SECRET_KEY = ⟦'live.kampungbaru12mei2018'⟧\n",
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      {
        name: "Rails' secret_key_base set to a stand-in word (its own name too: the eval batch)",
        path: 'config/application.rb',
        code: "Rails.application.configure do\n  config.secret_key_base = ⟦'example'⟧\nend\n",
        severity: 'warning',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'dotted field names and an env variable named in a constant; Express settings that hold no secret',
        path: 'src/auth.js',
        code: "const PASSWORD_FIELD = 'auth.password';\nconst SESSION_SECRET_ENV = 'SESSION_SECRET';\napp.set('view engine', 'ejs');\napp.set('secretHeader', config.secretHeader);\nmodule.exports = { PASSWORD_FIELD, secret: process.env[SESSION_SECRET_ENV] };\n",
      },
    ],
    invalid: [
      {
        name: "Express' app setting read back to sign tokens: a word there is the key",
        path: 'server.js',
        // Tutorials' words; the value 'secret' itself is held by the corpus (t28d-*), as the message's "hardcoded secret" would echo it here.
        code: "const app = express();\napp.set('superSecret', ⟦'mysecret'⟧);\napp.set('secret', ⟦'mysecret'⟧);\n",
        severity: 'warning',
      },
      {
        name: 'a stage word, then a phrase with a number in it, as a JWT secret',
        path: 'src/auth.js',
        code: "const JWT_SECRET = ⟦'prod.nasigoreng77pedas'⟧;\nmodule.exports = { JWT_SECRET };\n",
      },
    ],
  },
  go: {
    valid: [],
    invalid: [
      {
        name: 'a stage word, then a phrase with a year in it, as a session secret',
        path: 'cmd/api/main.go',
        code: 'package main\n\nconst sessionSecret = ⟦"staging.pasarminggu2020"⟧\n\nfunc main() { _ = sessionSecret }\n',
      },
    ],
  },
  yaml: {
    valid: [],
    invalid: [
      {
        name: 'a stage word, then a phrase with a date in it, under a JWT secret',
        path: 'config/app.yml',
        code: 'app:\n  jwt_secret: ⟦dev.warungkopi09juni2017⟧\n  password_label: form.password\n',
      },
    ],
  },
};
