// What the round-29 credentials probe (probe29c) found, as patterns in every language they occur in: a capitalised
// syllable typed three times is a chosen password, not `abcabc`; a secret that opens with a short tag and a colon is no
// scope; a curl form body holds its pairs as a query does; Redis' password goes by `auth`; a mash of lowercase letters
// under a weak key's name is random; a capitalised name under a password's name is the password, not a label; Symfony's
// shipped `…ChangeIt` phrase is the placeholder `changeit` is. Hard negatives beside each. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROBE29C_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  ruby: {
    valid: [
      {
        name: 'a filler typed over (`abcabcabc`, `xyzxyz`), labels that say Password, and a switch named for Redis auth',
        path: 'config/settings.rb',
        code: "ARCHIVE_PASSWORD = 'abcabcabc'\nSMTP_PASSWORD = 'xyzxyz'\nPASSWORD_LABEL = 'Password'\npassword = 'Passwort'\nREDIS_AUTH_ENABLED = true\n",
      },
    ],
    invalid: [
      {
        name: 'a capitalised syllable typed three times, in a URL fallback and under `password`; a capitalised name; Redis AUTH',
        path: 'db/environments.rb',
        code: "db = URI.parse(ENV['DATABASE_URL'] || 'postgres://ledger:⟦ZuvZuvZuv⟧@db.internal:5432/ledger')\npassword = ⟦'KelKelKel'⟧\nadmin_password = ⟦'Rosalind'⟧\nREDIS_AUTH = ⟦'Wd3kq9Pz7e'⟧\n",
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a scope, a URN, mailto and tel, words run together under a cache key, a label under a password',
        path: 'config/auth.js',
        code: "const githubScope = 'read:user';\nconst AUDIENCE = 'urn:emaily:api';\nconst SUPPORT = 'mailto:support@example.com';\nconst HOTLINE = 'tel:+15550100';\nmodule.exports = { cacheKey: 'emailysurveyresponsesbyrecipient', cookieKey: process.env.COOKIE_KEY, form: { password: 'Password' } };\n",
      },
    ],
    invalid: [
      {
        name: 'a secret that opens with a two-letter tag and a colon; a capitalised name as a password',
        path: 'config/auth.js',
        code: "export const JWT_SECRET = ⟦'hk:tarvosnelum90471'⟧;\nconst password = ⟦'Rosalind'⟧;\n",
      },
      {
        name: "Emaily's cookie key, a mash of lowercase letters, in the dev keys file: drawn, not a chosen word, so an error there too",
        path: 'config/dev.js',
        code: "module.exports = {\n  cookieKey: ⟦'qwhfurnvbzkeoplxmtysadjgiwcqeprnvuzxbtlkjamsheoqwi'⟧,\n};\n",
        severity: 'error',
      },
    ],
  },
  typescript: {
    valid: [],
    invalid: [
      {
        name: "Redis' password named for its AUTH command, handed to ioredis",
        path: 'src/cache.ts',
        code: "import Redis from 'ioredis';\nconst redisAuth = ⟦'3enxpaLNry'⟧;\nexport const cache = new Redis({ host: process.env.REDIS_HOST, password: redisAuth });\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "a filler typed over, a Redis switch, MongoDB's auth database and a label",
        path: 'notes/config.py',
        code: "MAIL_PASSWORD = 'xyzxyz'\nREDIS_AUTH_REQUIRED = True\nmongo_auth = 'admin'\npassword = 'Required'\n",
      },
    ],
    invalid: [
      {
        name: 'a tag and a colon before the secret key, Redis AUTH, a capitalised name, a syllable typed three times in a URL fallback',
        path: 'notes/config.py',
        code: "import os\nSECRET_KEY = ⟦'ok:lanterfin7702'⟧\nREDIS_AUTH = ⟦'mncYJiDejT'⟧\nmail_password = ⟦'Marisol'⟧\nDATABASE_URL = os.getenv('DATABASE_URL', 'mysql://notes:⟦TavTavTav⟧@db.notes.example.net/notes')\n",
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'a cache key named for auth, holding a key of words',
        path: 'models/redis.go',
        code: 'package models\n\nvar redisAuthKey = "forum:auth:sessions"\n',
      },
    ],
    invalid: [
      {
        name: "beego's Redis password by its AUTH name, as a Go variable",
        path: 'models/redis.go',
        code: 'package models\n\nvar redisAuth = ⟦"Wd3kq9Pz7e"⟧\n',
      },
    ],
  },
  ini: {
    valid: [
      {
        name: "beego's app.conf: a switch named for Redis auth, SMTP's mechanism, an empty dev password",
        path: 'conf/app.conf',
        code: '[dev]\nredis_auth = ""\n[prod]\nredis_auth_enabled = true\nmail_auth = plain\n',
      },
    ],
    invalid: [
      {
        name: "beego's app.conf is the app's config: Redis AUTH there gets the app's advice (the environment), not a tool dotfile's",
        path: 'conf/app.conf',
        code: '[prod]\nredis_host = "10.0.8.4:6379"\nredis_auth = ⟦"Tq81vmn4."⟧\n',
        messageIncludes: ['the app loads this committed file as its config', '${REDIS_AUTH}'],
      },
    ],
  },
  shell: {
    valid: [
      {
        name: 'curl bodies with no secret written: from a file, a grant type alone, variables, a JSON body',
        path: 'scripts/token.sh',
        code: '#!/bin/sh\ncurl -s -X POST -d @menu.json https://api.example.com/menu\ncurl -s -d "grant_type=client_credentials" -u "$CLIENT_ID:$CLIENT_SECRET" https://sso.example.com/token\ncurl -s -d "appid=$WX_APPID&secret=$WX_SECRET" https://api.example.com/token\ncurl -s -F "client_secret=@secret.txt" https://upload.example.com/api\n',
      },
    ],
    invalid: [
      {
        name: 'a secret in a curl form body, as in a URL query: -d, --data-urlencode, -F',
        path: 'scripts/token.sh',
        code: '#!/bin/sh\ncurl -s -d "grant_type=client_credential&appid=wx5f3a9c2e71b04d86&secret=⟦fbd162fdfa6a18a8369fde82013a7a9e⟧" https://api.example.com/token\ncurl -s --data-urlencode "password=⟦wocQ1xNC2X⟧" https://status.example.com/login\ncurl -s -F "client_secret=⟦e695d7834e35fe20205aeec5f82d067f⟧;type=text/plain" https://upload.example.com/api\n',
      },
    ],
  },
  makefile: {
    valid: [],
    invalid: [
      {
        name: "a curl body's secret in a recipe",
        path: 'Makefile',
        code: 'deploy:\n\tcurl -s --data-raw "api_secret=⟦416cf4bfa73ba1a1f606f1328f170e15⟧&release=$(VERSION)" https://hooks.example.com/deploy\n',
      },
    ],
  },
  dockerfile: {
    valid: [],
    invalid: [
      {
        name: "a curl body's password in a RUN line",
        path: 'Dockerfile',
        code: 'FROM alpine:3.19\nRUN curl -s -d "grant_type=password&username=build&password=⟦ELvSHIhYl8⟧" https://registry.example.com/token\n',
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "Symfony's shipped secret, a CamelCase phrase closed by ChangeIt: the placeholder changeit is",
        path: 'app/config/parameters.yml',
        code: 'parameters:\n    database_host: 127.0.0.1\n    secret: ThisTokenIsNotSoSecretChangeIt\n',
      },
    ],
    invalid: [
      {
        name: "Redis' password by its AUTH name in Symfony's parameters",
        path: 'app/config/parameters.yml',
        code: 'parameters:\n    redis_auth: ⟦St2HMQ7Oxu⟧\n',
      },
    ],
  },
  php: {
    valid: [
      {
        name: 'a CamelCase placeholder phrase closed by ChangeMe, and labels in French',
        path: 'config/legacy.php',
        code: "<?php\nreturn ['app_secret' => 'ThisIsNotASecretChangeMe', 'labels' => ['password' => 'Mot de passe']];\n",
      },
    ],
    invalid: [
      {
        name: 'Redis AUTH in an array, and a capitalised syllable typed three times',
        path: 'config/legacy.php',
        code: "<?php\nreturn ['redis_auth' => ⟦'Gk8vd2Wq7n'⟧, 'archive_password' => ⟦'QopQopQop'⟧];\n",
      },
    ],
  },
  properties: {
    valid: [],
    invalid: [
      {
        name: 'a syllable typed three times as the mail password, and Redis AUTH by its dotted name',
        path: 'src/main/resources/application-prod.properties',
        code: 'spring.mail.password=⟦VelVelVel⟧\nrelay.redis.auth=⟦Zq4nd8Lw2p⟧\nrelay.redis.auth-enabled=true\n',
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'a hint that says Password',
        path: 'src/main/kotlin/relay/Ftp.kt',
        code: 'package relay\n\nconst val PASSWORD_HINT = "Password"\n',
      },
    ],
    invalid: [
      {
        name: 'a capitalised name as a password',
        path: 'src/main/kotlin/relay/Ftp.kt',
        code: 'package relay\n\nval password = ⟦"Octavia"⟧\n',
      },
    ],
  },
};
