// A stub of words naming a key (`'secret'`, `'secretKey'`, `'your_jwt_secret'`) handed straight to the API that
// signs or checks with it, in the app's own code (public apps: `jwt.sign(payload, 'secret')`): the stub is the live
// key. A warning, as a placeholder left in named config is. In tests it is a test's key (information). The same under
// a name that holds nothing but a signing secret (`app.secret_key = 'secret'`, `set :session_secret, "password_secret"`)
// when the stub is only a key's words and digits: a stage or marker (`testing-secret-key`, `dev-secret-change-me`)
// says where it may be used, and an uppercase name (`env: 'JWT_SECRET'`) names a variable.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const MESSAGE = ['placeholder never filled in'];

export const KEY_STUB_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "the signer given the environment's key, or a lookup named for it",
        path: 'src/auth/tokens.js',
        code: `const jwt = require('jsonwebtoken');\nconst a = jwt.sign({ id }, process.env.JWT_SECRET);\nconst b = jwt.verify(token, config.get('secret'));\n`,
      },
      {
        name: "a schema naming the variable (convict's env:), and a stub that says it is a developer's",
        path: 'src/config/index.js',
        code: `module.exports = convict({ jwt: { secret: { doc: 'JWT signing secret', default: null, env: 'JWT_SECRET' } } });\nconst dev = { sessionSecret: 'dev-secret-change-me' };\n`,
      },
      {
        name: "words before a key's words that say it is a template's or a stage's (your_, test_, insecure_), a cookie's name, and words under a name that is no signing secret",
        path: 'config.default.js',
        code: `module.exports = {\n  session_secret: 'your_session_secret_here',\n  cookie_secret: 'test_cookie_secret',\n  jwt_secret: 'insecure_jwt_secret',\n  auth_cookie_name: 'club_forum_session',\n  redis_key: 'club_forum_secret_key',\n};\n`,
      },
    ],
    invalid: [
      {
        name: "the signer given 'secretKey' as is",
        path: 'src/auth/tokens.js',
        code: `const jwt = require('jsonwebtoken');\nconst token = jwt.sign({ id }, ⟦'secretKey'⟧, { expiresIn: '1h' });\n`,
        messageIncludes: MESSAGE,
      },
      {
        name: 'a config object whose JWT secret is the stub',
        path: 'src/config.js',
        code: `module.exports = { jwtSecret: ⟦'secret_key'⟧, port: process.env.PORT };\n`,
        messageIncludes: MESSAGE,
      },
      {
        name: "express-session's secret set to its own name (in any case): an option of the call, not a constant naming a setting",
        path: 'src/app.js',
        code: `const session = require('express-session');\napp.use(session({ secret: ⟦'Secret'⟧, resave: false, store }));\n`,
        messageIncludes: MESSAGE,
      },
      {
        name: "nodeclub's config module: the app's own name before the key's words, under a name that holds only a session secret",
        path: 'config.js',
        code: `var config = {\n  name: 'Club Forum',\n  session_secret: ⟦'club_forum_session_secret'⟧,\n  auth_cookie_name: 'club_forum',\n};\nmodule.exports = config;\n`,
        messageIncludes: MESSAGE,
        severity: 'warning',
      },
      {
        name: "the verifier given 'your_jwt_secret' as is",
        path: 'src/auth/verify.ts',
        code: `import jwt from 'jsonwebtoken';\nexport const verify = (token: string) => jwt.verify(token, ⟦'your_jwt_secret'⟧);\n`,
        messageIncludes: MESSAGE,
      },
    ],
  },
  python: {
    valid: [
      { name: "the app's name and a key's words in the development config class", path: 'notes/config.py', code: `class DevelopmentConfig:\n    SECRET_KEY = "notes_app_secret_key"\n` },
      { name: 'a stub that names its stage, and an env fallback', path: 'app/config.py', code: `import os\n\n\nclass TestingConfig:\n    SECRET_KEY = "testing-secret-key"\n\n\nclass DevelopmentConfig:\n    SECRET_KEY = os.environ.get("SECRET_KEY", "secret_key")\n` },
      { name: "a test's key", path: 'tests/test_auth.py', code: `import jwt\n\n\ndef test_token():\n    assert jwt.decode(jwt.encode({"id": 1}, "secret", algorithm="HS256"), "secret", algorithms=["HS256"])\n` },
    ],
    invalid: [
      { name: "jwt.encode and jwt.decode given 'changeme': a fill-me-in word handed to the signer is the key", path: 'app/security.py', code: `import jwt\n\ntoken = jwt.encode(claims, ⟦"changeme"⟧, algorithm="HS256")\npayload = jwt.decode(token, ⟦"change-me"⟧, algorithms=["HS256"])\n`, messageIncludes: MESSAGE, severity: 'warning' },
      { name: "jwt.encode given 'secret_key'", path: 'app/auth.py', code: `import jwt\n\ntoken = jwt.encode(payload, ⟦'secret_key'⟧, algorithm='HS256')\n`, messageIncludes: MESSAGE },
      { name: "Flask's SECRET_KEY set to the app's name and the key's words, in the config class it loads", path: 'notes/config.py', code: `class Config:\n    SECRET_KEY = ⟦"notes_app_secret_key"⟧\n    NOTES_PER_PAGE = 20\n`, messageIncludes: MESSAGE, severity: 'warning' },
      { name: "Flask's secret key set to a stub of its own words", path: 'app/__init__.py', code: `app = Flask(__name__)\napp.config['SECRET_KEY'] = ⟦'secret123123'⟧\napp.secret_key = ⟦'secret'⟧\n`, messageIncludes: MESSAGE, severity: 'warning' },
    ],
  },
  go: {
    valid: [{ name: 'the signing key from the environment', path: 'internal/auth/jwt.go', code: `package auth\n\nvar key = []byte(os.Getenv("JWT_SECRET"))\n` }],
    invalid: [
      { name: "SignedString given []byte(\"jwt-secret\")", path: 'internal/auth/jwt.go', code: `package auth\n\nfunc Sign(t *jwt.Token) (string, error) { return t.SignedString([]byte(⟦"jwt-secret"⟧)) }\n`, messageIncludes: MESSAGE },
      { name: "the config's JWTSecret set to the app's name and the key's words", path: 'config/config.go', code: `package config\n\nfunc Load() Config {\n\treturn Config{Port: os.Getenv("PORT"), JWTSecret: ⟦"tasklane_jwt_secret"⟧}\n}\n`, messageIncludes: MESSAGE, severity: 'warning' },
    ],
  },
  java: {
    valid: [
      { name: 'the HMAC key from the environment', path: 'src/main/java/com/acme/Tokens.java', code: `package com.acme;\n\nclass Tokens { Algorithm a = Algorithm.HMAC256(System.getenv("JWT_SECRET")); }\n` },
      { name: "the JDK's own keystore password (changeit) is a public default, not the app's key; a test's changeme", path: 'src/main/java/com/acme/Trust.java', code: `package com.acme;\n\nclass Trust { void load(KeyStore ks, InputStream in) throws Exception { ks.load(in, "changeit".toCharArray()); } }\n` },
      { name: "a test signs with changeme", path: 'src/test/java/com/acme/TokensTest.java', code: `package com.acme;\n\nclass TokensTest { Algorithm a = Algorithm.HMAC256("changeme"); }\n` },
    ],
    invalid: [
      { name: 'Algorithm.HMAC256("secretKey")', path: 'src/main/java/com/acme/Tokens.java', code: `package com.acme;\n\nclass Tokens { Algorithm a = Algorithm.HMAC256(⟦"secretKey"⟧); }\n`, messageIncludes: MESSAGE },
      { name: 'Algorithm.HMAC256("changeme"): a fill-me-in word handed to the signer is the key every deploy signs with', path: 'src/main/java/com/acme/PartnerTokens.java', code: `package com.acme;\n\nclass PartnerTokens { static final Algorithm A = Algorithm.HMAC256(⟦"changeme"⟧); }\n`, messageIncludes: MESSAGE, severity: 'warning' },
    ],
  },
  php: {
    valid: [
      { name: 'JWT::encode given the environment', path: 'src/Auth.php', code: `<?php\n$jwt = JWT::encode($payload, getenv('JWT_SECRET'), 'HS256');\n` },
      { name: "MediaWiki's setting names: a constant restating its own name", path: 'includes/MainConfigNames.php', code: `<?php\nclass MainConfigNames {\n    public const SecretKey = 'SecretKey';\n    public const SessionSecret = 'SessionSecret';\n}\n` },
    ],
    invalid: [
      { name: "JWT::encode given 'secret_key'", path: 'src/Auth.php', code: `<?php\n$jwt = JWT::encode($payload, ⟦'secret_key'⟧, 'HS256');\n`, messageIncludes: MESSAGE },
      { name: "a settings array's jwt secret set to the app's name and the key's words", path: 'config/settings.php', code: `<?php\nreturn [\n    'jwt' => [\n        'secret' => ⟦'bookings_api_jwt_secret'⟧,\n        'algorithm' => 'HS256',\n    ],\n];\n`, messageIncludes: MESSAGE, severity: 'warning' },
    ],
  },
  ruby: {
    valid: [{ name: 'JWT.encode given the environment', path: 'app/services/auth.rb', code: `token = JWT.encode(payload, ENV.fetch("JWT_SECRET"), "HS256")\n` }],
    invalid: [
      { name: "JWT.encode given 'jwt_secret'", path: 'app/services/auth.rb', code: `token = JWT.encode(payload, ⟦'jwt_secret'⟧, 'HS256')\n`, messageIncludes: MESSAGE },
      { name: "Sinatra's session secret set to the shop's name and the key's words", path: 'app.rb', code: `class ShopApp < Sinatra::Base\n  enable :sessions\n  set :session_secret, ⟦"corner_shop_session_secret_key"⟧\nend\n`, messageIncludes: MESSAGE, severity: 'warning' },
      { name: "Sinatra's session secret set to a stub", path: 'app.rb', code: `class App < Sinatra::Base\n  enable :sessions\n  set :session_secret, ⟦"password_secret"⟧\nend\n`, messageIncludes: MESSAGE },
    ],
  },
};
