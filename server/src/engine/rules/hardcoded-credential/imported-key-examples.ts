// A module's value that another file of the app hands to a secret-taking API as its key (the node layer's
// sinkKeyUses, sinkKeyFacts.ts): `const JWTSecret = "your-256-bit-secret-key"` in package config read by
// `token.SignedString([]byte(config.JWTSecret))` in package handler is reported at the constant, as the same two
// lines in one file are; the use is the related location. The same names without the fact, an env read under
// the name, and a name the fact does not list stay as the one-file check leaves them. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId, ScanOptions, SinkKeyUse } from '../../types';

const AT = { start: { line: 11, character: 26 }, end: { line: 11, character: 46 } };

const use = (name: string, label: string, noun: string, envName: string, path: string): SinkKeyUse => ({ name, label, noun, envName, path, range: AT });

const GO: ScanOptions = {
  sinkKeyUses: [
    use('JWTSecret', 'NewWithClaims.SignedString', 'JWT signing key', 'JWT_SECRET', 'internal/handler/login.go'),
    use('Salt', 'sessions.NewCookieStore', 'cookie store key', 'SESSION_KEY', 'internal/web/session.go'),
    // hertz-contrib/jwt's `jwt.HertzJWTMiddleware{Key: []byte(consts.SecretKey)}` in package mw (go-keyed.ts keyedByteKey).
    use('SecretKey', 'jwt.HertzJWTMiddleware.HertzJWTMiddleware_Key', 'JWT signing key', 'JWT_SECRET', 'biz/mw/jwt.go'),
  ],
};
const PYTHON: ScanOptions = { sinkKeyUses: [use('JWT_SECRET', 'jwt.encode', 'secret', 'JWT_SECRET', 'api/auth.py'), use('TOKEN_SEED', 'hmac.new', 'HMAC key', 'HMAC_SECRET', 'api/auth.py')] };
const JS: ScanOptions = { sinkKeyUses: [use('SIGNER', 'jwt.sign', 'secret', 'JWT_SECRET', 'src/utils/token.js'), use('jwt.secret', 'verify', 'secret', 'JWT_SECRET', 'src/middleware/auth.ts')] };


export const IMPORTED_KEY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      { name: 'the same placeholder with no other file using it as a key', path: 'pkg/setting/setting.go', code: 'package setting\n\nvar JwtSecret = "your-256-bit-secret-key"\n' },
      { name: 'a name the fact lists, read from the environment', path: 'internal/config/config.go', code: 'package config\n\nimport "os"\n\nvar JWTSecret = os.Getenv("JWT_SECRET")\n', options: GO },
      { name: "a constant beside the listed ones that no key takes (the claim's issuer)", path: 'internal/config/config.go', code: 'package config\n\nconst Issuer = "shopapi"\n', options: GO },
    ],
    invalid: [
      {
        name: "a placeholder-shaped constant another package signs JWTs with: token.SignedString([]byte(config.JWTSecret))",
        path: 'internal/config/config.go',
        code: 'package config\n\nconst JWTSecret = ⟦"your-256-bit-secret-key"⟧\n',
        options: GO,
        severity: 'warning',
      },
      {
        name: "a constant that only restates its name, the key another package's JWT middleware signs with (probe22b D)",
        path: 'pkg/consts/consts.go',
        code: 'package consts\n\nconst (\n\tSecretKey   = ⟦"secret key"⟧\n\tIdentityKey = "id"\n)\n',
        options: GO,
        severity: 'warning',
      },
      {
        name: 'a name that says nothing, the key of a cookie store in another package',
        path: 'internal/conf/conf.go',
        code: 'package conf\n\nconst (\n\tAppName = "guestbook"\n\tSalt    = ⟦"Vq8Lr2Tx6Nw4Zk9P"⟧\n)\n',
        options: GO,
      },
    ],
  },
  python: {
    valid: [
      { name: 'the same placeholder with no other module using it as a key', path: 'config.py', code: 'JWT_SECRET = "your-jwt-secret"\n' },
      { name: 'a listed name read from the environment', path: 'config.py', code: 'import os\n\nJWT_SECRET = os.environ["JWT_SECRET"]\n', options: PYTHON },
      { name: 'a listed name inside a function is no module constant', path: 'config.py', code: 'def defaults():\n    JWT_SECRET = "your-jwt-secret"\n    return JWT_SECRET\n', options: PYTHON },
    ],
    invalid: [
      {
        name: 'a placeholder-shaped module constant another module signs with: jwt.encode(claims, config.JWT_SECRET)',
        path: 'config.py',
        code: 'DEBUG = False\nJWT_SECRET = ⟦"your-jwt-secret"⟧\n',
        options: PYTHON,
        relatedFiles: ['api/auth.py'],
      },
      {
        name: "a name that says nothing, another module's HMAC key",
        path: 'config.py',
        code: 'TOKEN_SEED = ⟦"R7pXk2Vm9Lq4Wt8Z"⟧\n',
        options: PYTHON,
        relatedFiles: ['api/auth.py'],
      },
    ],
  },
  javascript: {
    valid: [
      { name: 'the same value with no other module using it as a key', path: 'src/constants.js', code: "export const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb';\n" },
      { name: 'a listed name read from the environment', path: 'src/constants.js', code: 'export const SIGNER = process.env.JWT_SECRET;\n', options: JS },
      { name: 'a listed member the module assigns again', path: 'src/config/auth.js', code: "const auth = { jwt: { secret: 'your-jwt-secret-key' } };\nauth.jwt.secret = process.env.JWT_SECRET;\nmodule.exports = auth;\n", options: JS },
      { name: 'a constant the module keeps to itself', path: 'src/constants.js', code: "const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb';\nexport const APP = 'kanban';\n", options: JS },
    ],
    invalid: [
      {
        name: 'a name that says nothing, exported and signed with in another module: jwt.sign(payload, SIGNER)',
        path: 'src/constants.js',
        code: "export const APP_NAME = 'kanban';\nexport const SIGNER = ⟦'p4Nz8Qc2Lw7Xr5Tb'⟧;\n",
        options: JS,
        relatedFiles: ['src/utils/token.js'],
      },
      {
        name: "a placeholder-shaped member of the default export, another module's verify key: verify(token, authConfig.jwt.secret)",
        path: 'src/config/auth.ts',
        code: "const authConfig = {\n  jwt: {\n    secret: ⟦'your-jwt-secret-key'⟧,\n    expiresIn: '1d',\n  },\n};\n\nexport default authConfig;\n",
        options: JS,
        relatedFiles: ['src/middleware/auth.ts'],
      },
    ],
  },
};

