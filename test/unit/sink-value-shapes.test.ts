// One answer per value shape across the app's own signing secrets (issue #9): every sink that takes the app's JWT, session,
// cookie or app key gives the same verdict for the same shape of value, whether the value is an argument
// (`jwt.sign(p, '…')`) or a name's (`session({ secret: '…' })`, `app.secret_key = '…'`). A template's stub and a bare word
// are the key every deploy signs with (a warning: it reads like a placeholder the app uses as is); a generated value is an
// error; a template in a test, or the same literal under another party's name, stays silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hardcodedCredential } from '../../server/src/engine/rules/hardcoded-credential';
import { scan } from '../../server/src/engine/scan';
import { grammarsLoadedBefore } from '../helpers/grammars';

/** Made-up values of each shape; the generated one is random letters and digits, never a real key. */
const SHAPES = {
  placeholder: { value: 'your-session-secret-key', severity: 'warning' },
  word: { value: 'secret', severity: 'warning' },
  generated: { value: 'Qm7vXw2LpZ9rTk4sNb8yHc3d', severity: 'error' },
} as const;

type Sink = readonly [name: string, path: string, code: (value: string) => string];

const SINKS: readonly Sink[] = [
  ['JS jsonwebtoken sign', 'src/auth.js', (v) => `const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, '${v}');\n`],
  ['JS jsonwebtoken verify', 'src/auth.js', (v) => `const jwt = require('jsonwebtoken');\nconst c = jwt.verify(token, '${v}');\n`],
  ['JS express-session secret', 'src/app.js', (v) => `const session = require('express-session');\napp.use(session({ secret: '${v}', resave: false }));\n`],
  ['JS cookie-parser', 'src/app.js', (v) => `const cookieParser = require('cookie-parser');\napp.use(cookieParser('${v}'));\n`],
  ['JS cookie-session keys', 'src/app.js', (v) => `const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 's', keys: ['${v}'] }));\n`],
  ['TS NestJS JwtModule.register', 'src/app.module.ts', (v) => `JwtModule.register({ secret: '${v}', signOptions: { expiresIn: '1h' } });\n`],
  ['Python PyJWT encode', 'app/auth.py', (v) => `import jwt\ntoken = jwt.encode(payload, "${v}", algorithm="HS256")\n`],
  ['Python PyJWT decode', 'app/auth.py', (v) => `import jwt\nclaims = jwt.decode(token, "${v}", algorithms=["HS256"])\n`],
  ['Python Flask app.secret_key', 'app/__init__.py', (v) => `from flask import Flask\napp = Flask(__name__)\napp.secret_key = "${v}"\n`],
  ['Python Flask SECRET_KEY config', 'app/__init__.py', (v) => `from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = "${v}"\n`],
  ['Python Django SECRET_KEY', 'shop/settings.py', (v) => `DEBUG = False\nSECRET_KEY = "${v}"\n`],
  ['Ruby JWT.encode', 'app/services/token.rb', (v) => `JWT.encode(payload, "${v}", "HS256")\n`],
  ['Ruby Rails secret_key_base', 'config/application.rb', (v) => `module Shop\n  class Application < Rails::Application\n    config.secret_key_base = "${v}"\n  end\nend\n`],
  ['PHP JWT::encode', 'app/Token.php', (v) => `<?php\n$t = JWT::encode($payload, '${v}', 'HS256');\n`],
  ['PHP Laravel app key', 'config/app.php', (v) => `<?php\nreturn [\n    'name' => env('APP_NAME', 'Shop'),\n    'key' => '${v}',\n    'cipher' => 'AES-256-CBC',\n];\n`],
  ['Go SignedString', 'auth/jwt.go', (v) => `package auth\n\nimport "github.com/golang-jwt/jwt/v5"\n\nfunc Sign(t *jwt.Token) (string, error) {\n\treturn t.SignedString([]byte("${v}"))\n}\n`],
  ['Go gorilla NewCookieStore', 'auth/store.go', (v) => `package auth\n\nimport "github.com/gorilla/sessions"\n\nvar Store = sessions.NewCookieStore([]byte("${v}"))\n`],
  ['Go gin-contrib cookie.NewStore', 'main.go', (v) => `package main\n\nimport "github.com/gin-contrib/sessions/cookie"\n\nfunc main() {\n\tstore := cookie.NewStore([]byte("${v}"))\n\t_ = store\n}\n`],
  ['Java jjwt Keys.hmacShaKeyFor', 'src/main/java/a/Jwt.java', (v) => `package a;\nclass Jwt {\n  String s(String u) { return Jwts.builder().subject(u).signWith(Keys.hmacShaKeyFor("${v}".getBytes())).compact(); }\n}\n`],
  ['Java java-jwt Algorithm.HMAC256', 'src/main/java/a/Jwt.java', (v) => `package a;\nclass Jwt {\n  Algorithm a = Algorithm.HMAC256("${v}");\n}\n`],
  // A constant named for the key, judged by the signer it is handed to (held-out batch misc26).
  ['PHP class constant in JWT::encode', 'app/Token.php', (v) => `<?php\nclass Token\n{\n    private const JWT_KEY = '${v}';\n    public function issue(array $p): string { return JWT::encode($p, self::JWT_KEY, 'HS256'); }\n}\n`],
  ['Java static final in signWith', 'src/main/java/a/Jwt.java', (v) => `package a;\nclass Jwt {\n  private static final String SECRET_KEY = "${v}";\n  String s(String u) { return Jwts.builder().setSubject(u).signWith(SignatureAlgorithm.HS256, SECRET_KEY).compact(); }\n}\n`],
  ['Kotlin companion const val in HMAC256', 'src/main/kotlin/a/Jwt.kt', (v) => `package a\nclass Jwt {\n  companion object {\n    private const val SIGNING_SECRET = "${v}"\n  }\n  fun s(u: String) = JWT.create().withSubject(u).sign(Algorithm.HMAC256(SIGNING_SECRET))\n}\n`],
];

const grammars = grammarsLoadedBefore();

const severities = (path: string, code: string): string[] => scan({ path }, code, { treeSitter: grammars }, [hardcodedCredential]).map((finding) => finding.severity);

describe('hardcoded-credential: one verdict per value shape across signing-secret sinks', () => {
  for (const [sink, path, code] of SINKS) {
    for (const [shape, { value, severity }] of Object.entries(SHAPES)) {
      it(`${sink}: a ${shape} value is ${severity === 'error' ? 'an error' : 'a warning'}`, () => {
        assert.deepEqual(severities(path, code(value)), [severity]);
      });
    }
    it(`${sink}: a template in a test stays silent`, () => {
      const testPath = path.replace(/^(?:src|app|auth|config|shop)\//, 'test/').replace(/^main\.go$/, 'main_test.go').replace(/^src\/main\//, 'src/test/');
      assert.deepEqual(severities(testPath.startsWith('test/') || testPath.includes('/test/') || testPath.endsWith('_test.go') ? testPath : `test/${testPath}`, code(SHAPES.placeholder.value)), []);
    });
  }

  it("leaves another party's template alone under its own name, and a template of a stage or a marker", () => {
    assert.deepEqual(severities('src/config.js', "module.exports = { stripeSecretKey: 'your-stripe-secret-key', mailPassword: 'your-mail-password' };\n"), []);
    assert.deepEqual(severities('src/app.js', "const session = require('express-session');\napp.use(session({ secret: 'your-dev-session-secret' }));\n"), []);
    // A base class's template that production's class reads from the environment: a local default.
    assert.deepEqual(severities('app/config.py', 'import os\n\nclass Config:\n    SECRET_KEY = "your-flask-secret-key"\n\nclass ProductionConfig(Config):\n    SECRET_KEY = os.environ["SECRET_KEY"]\n'), []);
  });
});
