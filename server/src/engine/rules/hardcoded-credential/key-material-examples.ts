// Secrets named for what they key or unlock rather than for a key or a password: licence keys, HMAC
// keys, key pairs, sets of keys, names run together (`encryptionsecretboxkey`), a salt named by
// its INI section. Weak names, so only a generated value counts; the hard
// negatives are the same names holding what they usually hold (`license: 'MIT'`, `keys: ['id']`).
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const KEY_MATERIAL_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: 'a licence that names its terms, field names under Keys, a request id and an HMAC algorithm',
        path: 'internal/plugin/config.go',
        code: 'package plugin\n\nconst License = "Apache-2.0"\n\ntype Config struct {\n\tKeys []string\n\tHMAC string\n}\n\nvar defaults = Config{Keys: []string{"id", "name", "created_at"}, HMAC: "sha256"}\nvar req = Request{RequestID: "38c4c8ee-594c-47c9-9220-9be8e8d3a64b"}\n',
      },
    ],
    invalid: [
      {
        name: "a licence key's fallback, a plugin's list of API keys",
        path: 'geoblock.go',
        code: 'package geoblock\n\nconst fallbackLicense = ⟦"5a04835d01322501"⟧\n\nfunc CreateConfig() *Config {\n\treturn &Config{HeaderName: "X-API-Key", Keys: []string{⟦"ea1c7eee912c377c50ac1e042b877330"⟧}}\n}\n',
        messageIncludes: ['os.Getenv('],
      },
      {
        name: 'a written host, then the database, user and password given to a connect (Go)',
        path: 'internal/store/store.go',
        code: 'package store\n\nvar db = Connect("localhost", "inventory", "svc", ⟦"p4fYSK9pBdhj"⟧)\n',
        messageIncludes: ['DB_PASSWORD'],
      },
    ],
  },
  java: {
    valid: [
      {
        name: "a licence's name and URL, a key pair's public half",
        path: 'src/main/java/com/acme/Plugin.java',
        code: 'package com.acme;\n\nclass Plugin {\n    static final String LICENSE = "GPL-3.0-or-later";\n    static final String LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html";\n    static final String PUBLIC_KEY_PAIR = "b892f8c0d369d3c5f2a41463d3c43171";\n}\n',
      },
    ],
    invalid: [
      {
        name: "a licence key given to a plugin's setter, an HMAC key constant",
        path: 'src/main/java/net/craftbank/EconomyPlugin.java',
        code: 'package net.craftbank;\n\nclass EconomyPlugin {\n    private static final String HMAC = ⟦"zZezt0N9Zh8gXh5PI7m4gvmWTWcc"⟧;\n\n    void enable(VaultHook vault) {\n        vault.setLicense(⟦"LF9E-BBLB-ZQVR-921P-5K7U"⟧);\n    }\n}\n',
        messageIncludes: ['System.getenv('],
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'a licence in a build script, keys that list names',
        path: 'src/main/kotlin/com/acme/Meta.kt',
        code: 'package com.acme\n\nobject Meta {\n    const val license = "MIT"\n    val keys = listOf("id", "email")\n}\n',
      },
    ],
    invalid: [
      {
        name: 'a licence number and an HMAC key',
        path: 'src/main/kotlin/com/acme/Carrier.kt',
        code: 'package com.acme\n\nobject Carrier {\n    const val ACCESS_LICENSE_NUMBER = ⟦"239040dd88ce4f38c09bd78980e2c897"⟧\n    const val HMAC_KEY = ⟦"ahWR1uxn2ViSj4z6CVA2xsTQj5Mm"⟧\n}\n',
      },
    ],
  },
  php: {
    valid: [
      {
        name: 'connects whose last argument is a mode or a media type, or whose first is no written host',
        path: 'src/Client.php',
        code: "<?php\n\n$db->connect('db.internal', 'shop', 'app', 'readonly');\n$api->connect('api.example.com', 'v2', 'json', 'application/json');\n$db->connect($host, 'shop', 'app', getenv('DB_PASSWORD'));\n",
      },
      {
        name: 'a public key run together, a licence named by its terms, an HMAC algorithm, a field list under keys',
        path: 'application/config/config.php',
        code: "<?php\n\nreturn [\n    'encryptionpublickey' => 'd054159e92dc614030c2b46c05cf03190f3c9e6c9c6d054159e92dc614030c2',\n    'license' => 'GPL-2.0',\n    'crypto_hmac' => 'sha256',\n    'keys' => ['id', 'title'],\n    'passwordpolicy' => 1,\n];\n",
      },
    ],
    invalid: [
      {
        name: 'names run together (a secret box key, a key pair, a main password salt), an encryption hash, a licence number',
        path: 'config.php',
        code: "<?php\n\n$config = [\n    'encryptionsecretboxkey' => ⟦'de7cf48a9afd905e228c5b0adb640fa9'⟧,\n    'encryptionkeypair' => ⟦'8d10d96286e343ad093b6187e514802b'⟧,\n    'access_license_number' => ⟦'e918f56fc3a66daedac6f7ee29c93fd4'⟧,\n];\n$CFG->passwordsaltmain = ⟦'m0SfAnQPhFdNJaK9uPBnT6mkx6Wc'⟧;\n$cc_encryption_hash = ⟦'6miCefXw3cWYLa4zth9xKOp2YHPD'⟧;\n",
        messageIncludes: ['getenv('],
      },
      {
        name: "a written host, then the database, user and password given to a connect (Leaf's db()->connect)",
        path: 'index.php',
        code: "<?php\n\ndb()->connect('127.0.0.1', 'events_api', 'events', ⟦'Kq7#vR2pLx9w'⟧);\n",
        messageIncludes: ['DB_PASSWORD'],
      },
    ],
  },
  python: {
    valid: [
      {
        name: "setup.py's licence, keys that name fields",
        path: 'setup.py',
        code: "from setuptools import setup\n\nsetup(name='reports', license='BSD-3-Clause', keys=['id', 'name'])\n",
      },
    ],
    invalid: [
      {
        name: 'a MaxMind licence key',
        path: 'geo/settings.py',
        code: "MAXMIND_LICENSE = ⟦'13837e18e72269986906fbe3250293a3'⟧\n",
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a package's licence and a request id",
        path: 'src/meta.js',
        code: "module.exports = { license: 'ISC', requestId: '0c79fd76-0e67-4a0d-90c0-8006679df0e8' };\n",
      },
    ],
    invalid: [
      {
        name: 'a licence key and an HMAC key in an app config',
        path: 'src/config.js',
        code: "module.exports = { license: ⟦'EoykAK5DQBLwmJ4GL7dsBM9cZs55'⟧, hmac: ⟦'14d50cb86cb729ec7b0113a83ad77db4'⟧ };\n",
      },
    ],
  },
  ini: {
    valid: [
      {
        name: 'a salt outside any section, and one that is a word',
        path: 'config/app.ini',
        code: 'salt = d4b4012140256512a13c3971a2af14ba\n[General]\nsalt = pepper\n',
      },
    ],
    invalid: [
      {
        name: "Matomo's [General] salt, named by its section",
        path: 'config/config.ini.php',
        code: '; <?php exit; ?> DO NOT REMOVE THIS LINE\n[General]\nsalt = ⟦"e30d99fffd839d62174a7f74733fb440"⟧\n',
      },
    ],
  },
};
