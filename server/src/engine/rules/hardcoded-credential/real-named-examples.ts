// Held-out batch DU (names and values that say the secret is real): a password made of its account's name
// (`wildlife_password` beside the user `wildlife`), a `validPassword`/`VALID_API_KEY` holding a string, a WordPress salt
// whose generator drew spaces. Beside them, what stays silent: a setting's name with no such account, a flag, a length,
// a validator's message, a salt left as the sample's phrase. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const REAL_NAMED_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: 'a flag and a length named valid, a setting named like a password with no account of that name',
        path: 'internal/auth/auth.go',
        code: `package auth

const validPasswordLength = 12

const confPassword = "san_password"

func Valid(p string) bool {
\tvalidPassword := len(p) >= validPasswordLength
\treturn validPassword
}
`,
      },
    ],
    invalid: [
      {
        name: 'the password a check accepts, and a password spelled after its user',
        path: 'internal/auth/basic.go',
        code: `package auth

const validToken = ⟦"kn_P0HX4fA0iawxMr6iGRbN"⟧

func Open() string {
\tdbUser := "kennel"
\tdbPass := ⟦"kennel_password"⟧
\tvalidPassword := ⟦"squawk-Lantern-8812"⟧
\treturn dbUser + dbPass + validPassword
}
`,
      },
    ],
  },
  java: {
    valid: [
      {
        name: 'a constant naming the setting the password is read from, with no account of that name',
        path: 'src/main/java/org/acme/Keys.java',
        code: `package org.acme;

public final class Keys {
    static final String VMAX_PASSWORD = "san_password";
    static final int VALID_PASSWORD_MIN = 8;
}
`,
      },
    ],
    invalid: [
      {
        name: 'a password spelled after the user beside it, and the API key a filter accepts',
        path: 'src/main/java/edu/campus/Db.java',
        code: `package edu.campus;

public final class Db {
    private static final String USER = "library";
    private static final String DB_PASSWORD = ⟦"library_password"⟧;
    private static final String VALID_API_KEY = ⟦"FTgLTaiUOTBrcslPXb2t"⟧;
}
`,
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'a comparison stored as validPassword',
        path: 'src/main/kotlin/net/oncall/Security.kt',
        code: `package net.oncall

fun check(given: String, expected: String): Boolean {
    val validPassword = given == expected
    return validPassword
}
`,
      },
    ],
    invalid: [
      {
        name: "an env read's fallback spelled after the connection's user",
        path: 'src/main/kotlin/net/oncall/Db.kt',
        code: `package net.oncall

import org.jetbrains.exposed.sql.Database

fun connect(): Database {
    val dbPassword = System.getenv("PAGER_DB_PASSWORD") ?: ⟦"pager_password"⟧
    return Database.connect("jdbc:postgresql://db:5432/pager", driver = "org.postgresql.Driver", user = "pager", password = dbPassword)
}
`,
      },
    ],
  },
  php: {
    valid: [
      {
        name: "the sample's salt phrase, a validator's message, a form field's name",
        path: 'wp-config-sample.php',
        code: `<?php
define( 'AUTH_KEY', 'put your unique phrase here' );
$validPasswordMessage = 'Password must be at least 10 characters.';
$passwordField = 'user_password';
`,
      },
    ],
    invalid: [
      {
        name: 'WordPress salts with spaces drawn by the generator, a database password spelled after its user',
        path: 'wp-config.php',
        code: `<?php
define( 'DB_USER', 'bakery' );
define( 'DB_PASSWORD', ⟦'bakery_password'⟧ );
define('AUTH_KEY',         ⟦'-XyGM{)/x4&/1P}Mn? L5Kvje2:O8*mel_iC&@w{@;F$wx Hb%#!3Rmduz4F]Zlc'⟧);
define('NONCE_SALT',       ⟦'-|_A&5juUeS<;qJH!*;Ad1X]mE6QS6(F2<cpx gBU:K J w%CqaIT>wn4T=rZwre'⟧);
$validApiKey = ⟦'XW5Y7M9iO77AhMOaZW3h'⟧;
`,
      },
      {
        name: "WordPress salts whose generator drew a short bracketed span (…R3[tk]p…, …Nx[Q]h…): a key, not a [placeholder] or a selector",
        path: 'wp-config.php',
        code: `<?php
define( 'AUTH_KEY',        ⟦'Wq7;Hv, nR3[tk]pLz%w&Mc(eD_J}G(>sYB;%TqLo]n*E?Gb|<Wu_k'⟧ );
define( 'LOGGED_IN_KEY',   ⟦'Pd]+K:^M.4-}<8WsQ^/r/TBZ~C_v|52Nx[Q]h1qmtrb+ekxHoS+vp3fY4!Lu)'⟧ );
define( 'AUTH_SALT',       '[AUTH_SALT]' );
define( 'NONCE_SALT',      '[your-nonce-salt]' );
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a password named like a setting, with no account of that name',
        path: 'app/settings.py',
        code: `DB_PASSWORD_SETTING = "db_password"\nDB_USER = os.environ["DB_USER"]\n`,
      },
    ],
    invalid: [
      {
        name: 'a password spelled after the user beside it',
        path: 'app/db.py',
        code: `DB_USER = "wildlife"\nDB_PASSWORD = ⟦"wildlife_password"⟧\n`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a password named like a setting, with no account of that name',
        path: 'lib/keys.rb',
        code: `VMAX_PASSWORD = 'san_password'\nDB = Sequel.connect(adapter: 'mysql2', database: 'sanctuary', password: ENV.fetch('DB_PASSWORD'))\n`,
      },
    ],
    invalid: [
      {
        name: 'a password spelled after the database it opens',
        path: 'lib/db.rb',
        code: `DB = Sequel.connect(adapter: 'mysql2', database: 'sanctuary', user: 'keeper', password: ⟦'sanctuary_password'⟧)\n`,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a field map and a flag named valid',
        path: 'src/forms.js',
        code: `const fields = { password: 'user_password' };\nconst validPassword = input.value.length >= 12;\n`,
      },
    ],
    invalid: [
      {
        name: 'a password spelled after the user beside it',
        path: 'src/db.js',
        code: `const pool = mysql.createPool({ user: 'bakery', password: ⟦'bakery_password'⟧, database: 'orders' });\n`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "an SSH public key's line, the sample's salt phrase",
        path: 'docker-compose.yml',
        code: `services:\n  wordpress:\n    environment:\n      WORDPRESS_AUTH_KEY: put your unique phrase here\n      DEPLOY_KEY: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3x9Qw2Lm7Tz4Vb8Nc1Wd6Yh0Jf5Gs2AeKq7Rt3Yu1 deploy@ci\n`,
      },
    ],
    invalid: [
      {
        name: "a WordPress container's salt with spaces",
        path: 'docker-compose.yml',
        code: `services:\n  wordpress:\n    image: wordpress:6.5\n    environment:\n      WORDPRESS_AUTH_KEY: ⟦'zR4(k!Qe Tw]8yH,^cLm2 p%Vb#xN_7sGd~{Jf<0Ua+;oW}iE?q6'⟧\n      WORDPRESS_DB_PASSWORD: \${WORDPRESS_DB_PASSWORD}\n`,
      },
    ],
  },
};
