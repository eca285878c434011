// What the round-30 credentials probe (probe30c) found, as patterns in every language they occur in: a generated hex key is
// judged whatever its length (512, 1024, 2048 characters were silent: a cap and an RSA-ciphertext shape); filler before a
// number someone chose (`abc617294+`) is a weak password, not filler; CakePHP's `cipherSeed` is a key's slot; a
// credential-named constant that spells a name and is used only as a cookie's or header's name is a label; a stock
// image's password under the deployed app's own login keeps a warning; a development switch one level down counts. Hard
// negatives beside each. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

/** 512, 1024 and 2048 hex characters: `randomBytes(256 | 512 | 1024).toString('hex')`. */
const HEX_512 = 'ab83c144a234abad96abbb8a15e2e2348b4e50a3bf1016f27e76ac9f51771be5a38454aed1aa644afc629878f13803ce24c98f569345e26b1ab5ef0c9586ba47a403c5b035039a94d0a120e98d908b6405b98236475bce2af622c0ebc8b11ceb8b284fabcbf133e7688fed74047b6f3922e6eb5131de0babf9d99542f4bdffb688a1d3d9281169b8ee684aa0745f43dc7751bf8b7d724f8c8962b241e1e7b4c2faae1b25bed2c7f6574a3652fd27de1010846fc25a3dd0787b24a0da234eb99d76e7846b3a95c5d536d32eecdb3f82e451405266214113d1dc8d2bd7e0a8b0a45f06bbb925abdb2e20c207aa444bc8e11e45f38e11c14857f3c7f6b5b550d003';
const HEX_1024 = '0fe1c63a3bab7f6d12e09593b51edf5ac3f9947c34d24dd726bb600f4602751ad178713709cad6b8dd5aad19c1d807e6ac67b1c3c130aa0aeacd65d5f0653bc4834228f757a48d428dffc7ddecdda5f5e644aa09efc5231c187253667a62403eacccd82555cbf52e7805155cdf8dbfafd7eb2e5283038b1538e5f4b0b36c714fac4ec1d55c398ad1c93dea106e57dfd85f1ecac253694d5bd6d59c8bb03e75c55f497e962d8adfd8cf529b27b0e6b5c373ddf7eed91a270c9d56a1cc5806d21707c04cd9a66e51501ab68ea10a837ac068210c289cd10597da9e7fa8e70aefda4645d576fd3c76a5a138e5ae38c58a0c031875d10d5eec46afe735c0dc784892cdbbac629b8f9d8d0952e9d7bfad5bb533aea79637c24bba3bbc4744b13bbeebc7dc754cc3de5fbf6b14a259332707eeb252432d56ddc675314c7013fe312430cd84e6b72300e0f65427838b1c79953baf530d3ff5ac5643986173df8f913b45fb7e37846d5cc87db1b1d1ecad5d4f853b55e04470c8cd5e50b01c40426d3660584d31fe10253fc00cf76fef8df43c08514385a440968740869dad0206da0762432e8e15d027c70ef722116e1a991121a39420e59e40c506eef6530656bf7c562e72f0b9b58ede7b65095e2a6ff17f5b898f85cf1d70e5f7dbf3e1676996c818fbae1febebb1d9c96d6d1004504931b2f980531b72455743b5bccae9163221d3';
const HEX_2048 = '8e1598c739e4c9e165f96bbf7502f084e8d25eda878ad0fa39d415dac69c21307890e442bcc62839452650c562879d5dc2d75da50423dc15fc25c62f72fa9412ca7c81869ce49aec517c391813ff1be37b476dfb190033e8387b96070cf6c31f40c7b01dbd2067428a968ec76bd154dbce435bf560f708b0b2fea04583da900350ea757b528903acaa637eca6b0ba68b4ee703ef2ccda06a24d55ad9eb4e8d8f1a99ed1632705f4308f52a79a0cd9bb6febd0ee67f9d1984f31e96db16e3f99f1414fe32925e2911bf7be8e73f9a16b650d4afd460c255df850ce55eb2b2f232531af738c96acfffc5fb62bcdfe23f76c5ca00b4b8ea2d888cd2bcf006105029fe8d48039f3010c382bc5fd1cafd05431ad49748f63e59ff7c1946a7907538bdbae0ff66a4ebf601fee47ba43bd615ebd2eda53ee3fdeb8e4aa18d348a3fc21f234988c9a9a8f3df7810002de0da4271f67f1b702a9e1dc89e9c4ba3167a39161e4deb4b14edf1d6a8cbde40be24c267e44ae1d8fdb34bd8bbcd056aa37b8a7a587966b475328c514e464dc588608086f23bba4d5570511511f0ef1dd98ac35952fe712a7518c0caf32824e9d14d4583fb0583209e82af3f7904976b126a02db2da5644f74bd09e174a05cf0144fbf6d5a40daf0534a962d5978d5971379a09cafb8df213f5f01b37f18aad8c1c5df2670ec44359febb62152334e2465dc983922c12960317c9034c3e59cfc254685218e69caa0b2b1498b7a33afa781f86d324ea6d6936f3f14da758c1eccf767d4eae1bf1f0ae9eee91953e54c17a0b861ed8112809e7758dc45fbea6896c8f083ba603bc113b9d3bd0799d6e7bbc4dce5955a01557364c22902f1b2fde624d3955677b106580ea439e78d8047b9de3af2a22f683581c2e072656221f79c05ee4ffb47c05282e9eb29c4872241c89de851f4b31be7b3fb76189a627231f27ae3fa524af4a68b27f3e05c12859d0156cc6355b8a9fd92fb7ffbf2bddef9785878c8836b96152bb1017afe5f19fafbbd92819793d587dd333980f33b00f027287e91be144d5dbafc623d0430a30ae01e997cb8384639e7af6982550f8f69ad215902d041045176956e457444a27475613748f26b5862b82a7f7e644d20b59aa3bf3b7f782ce7b01c3d6841eaaa19d7e3c21489d0fe905fde4a5c2c7894148726c2768603cb5f5d33b33e470779c102fc8d70eec1cdf170951700ecf8ac9d0e5749667a6b39af66537bcd0e508fd9c9947cb4c973431ff55f12d01b76d735b796713282e8ba9a0bdf54b8de6dc5d17176eec86c239d523141f2b0523e5df9333447cbf5edbfc305c9004a0974a3e847b03eb4895428ac5c70f68a5471e932537f7ce68a6614d62a5883eeab4ea00199efdc63169117987fb4cde6af972c649a2c67b9ef90bd6e1db36822db464b5aaec52d24c0';
/** Blobs under names no credential has (a digest, a checksum, a device's public key) and a test's vector. */
const HEX_DIGEST = '7df2e95aa98e47e8511e3a8b972f1937944a34423d32d5151b713d70acba13c9853f16e7d9cd4ca86618be5a08bc6f6e16e5584bdc110ade7b10b6aa222175065aeb2af139e82a3e2598b47d9397a31c37c6dedad4760e829974e3038d79674fbf0adcf97ec68f527ef48436b5965092cf81a43b809289dc88e2ad28bfdf2ff2d456ecb3d846356febd33ac2883527fc48e9cc8fd5da2e8fae9058f1127150d03b169d2168b60169e8fdbc89b5eebc03fa81ae9792cbb68ad4d656c5c3e19316c5e0ae2df32458715b6381c6c98aa7f3f536acbced295131628d8710ab1b63c7653c3630622025174d771ab02a91ca8dc7d0c73d3636a6cb5a6fc0dfc228fa0d1c4a1c35c27679adf0ae40fb0b319b79e7637cd6dfe321df317245632576e3c3744f270d175c5528e970fdd165ab9b29aab2ae14190f83e4feb9c55fde49dc0ed16c2581f57a007e8bbb2bb23b41f14d521493a5d1f773deb07169e22bf8c85268ee5b9dc806e4d60ef5a5ea007793dc74a4956bb6904859d0e114669612c4cf9fccf4be32415090f460a16d6539e8dadefc3208358c51eb25f9eca63f48838ac3a2c10b9519c96daf5d33fa3dcf533eb944a8c8c6bcd0ae55ed36cf9d0cbf3a6ef82a8ebefe836ca7117a0ab2c10c4348c04323c00698b1c8d5c748e610b7abf63b7f8bad11b385b19cf56e3afcd0249ea124640180be20c04495d8e021192d';
const HEX_VECTOR = '977f430c5c9936727477a4f82bb07e28a8035e4290f807e655cb839392bda86d7d2436bffc58cb6d8783259358e821eb7105cf6a7cd6b22d26ec0e644786572e6fc7ea97b50d3a56806bdaeb13de329dbc94cb14cdcbd5c05b2df004ca2a542a73fb8ce582d4bf80e04dcbf1c94614ac7716c2d92461c32f0c162f7a007ff560a8188e10ad9bf586c14c4c195b99835e0bfb326c273b9e020022d01e164ba1e568009ded3d6893931fd27f88188781a85bc3c46118ea4679af5325642ddf0bd6824e63affc45081f70a94b11c74e34938c19e6e268bb2a1d00395d5655e1a2c5af931bf563effdbefbb90043f861891e180176376cfe5c4781948ecb4c3e6336a301d1bf7981b8e8c35e1f0677b1825a13ec87fed85cd3549169ecc4868d1a50c1fbc7f95315698ee7e1033af08dd72b19d7cfbf64ca760e4d648df772d21094066021caeeec619ff24a955a5ba3d45c0c43bd11647a3210fc3774063775d8a28da6a00b36165a2d2555ac125f397a33bce88affc5ac23eb9e45b353b4092bbd5d05abd15ebeb597843a4763c2060b18b1c179cb9cae091589f64d10a20618aa696ed1e1094df84d5832cafc762ee42d7ca32dd48f7ff20639f8d8a21f11a22039f5d649228714e2298f5ab2cf848c397f76ef23e0eb9f72e1f4f302be40be5dbd27180fb83538f13bba3a368f850070f5828eadd3df16644da8167e1b44495e';
const HEX_PUBLIC = '1bbbf46b99f1ee2077a8abbe6d0c9e9a50a3e719f49d472256ecfcde65b7e68eb81bc777736380960442169e8f7c9c68c96bc6438f06e051d26e7edf50aa114cb787c45c77bbb385e16f9f229cef555d24ea3f63677d710f1a1dbff53394c0ad06a572042da7b597274fee530034bb996e5d65f425a8c687bb214031b30dd0658d77a4fbc9f6b612c20613483251db6da40c791e426e120b256b9d23bf52b184976c1143cefe3064ce0e83f026a65b92dbeca97f56b57595864142589db310b99217fbd4a2a04184fb0f531ba8822c9fcf73fe809b8f27013b551c66f9136927d0493e4cc3d9bc21745c061afa0ec2cc69643805cb2a26f017dbe8b2e3695544';

export const PROBE30C_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  json: {
    valid: [
      {
        name: 'a bundle digest and an integrity hash of 1024 hex characters: no credential names them',
        path: 'config/default.json',
        code: `{\n  "assets": { "bundleDigest": "${HEX_DIGEST}" },\n  "release": { "checksum": "${HEX_1024}" }\n}\n`,
      },
    ],
    invalid: [
      {
        name: "a config that declares itself development one level down: a digit run at localhost is information",
        path: 'config/config.json',
        code: '{\n  "app": { "name": "barber", "env": "development" },\n  "database": { "host": "localhost", "password": ⟦"4821"⟧ }\n}\n',
        severity: 'info',
      },
      {
        name: "Feathers' generated authentication secret, 512 and 1024 hex characters",
        path: 'config/default.json',
        code: `{\n  "authentication": { "secret": ⟦"${HEX_512}"⟧ },\n  "bridge": { "signingSecret": ⟦"${HEX_1024}"⟧ }\n}\n`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a static manifest digest of 1024 hex characters and a 2048-character release checksum: no credential names them',
        path: 'shop/settings.py',
        code: `STATIC_MANIFEST_DIGEST = "${HEX_DIGEST}"\nRELEASE_CHECKSUM = "${HEX_2048}"\n`,
      },
      {
        name: 'filler and its counted digits stay placeholders (abc123, abc, xyz789, abc123456)',
        path: 'shop/sms.py',
        code: 'SMS_PASSWORD = "abc123"\nFTP_PASSWORD = "abc"\nMAIL_PASSWORD = "xyz789"\nQUEUE_PASSWORD = "abc123456"\n',
      },
      {
        name: 'a cookie name and a header name under key-named constants, used only as those names',
        path: 'notes/auth.py',
        code: 'from flask import request\n\nJWT_KEY = "notes_jwt_key"\nSESSION_TOKEN = "notes-session-token"\n\ndef current():\n    return request.cookies.get(JWT_KEY) or request.headers.get(SESSION_TOKEN)\n\ndef clear(resp):\n    resp.delete_cookie(JWT_KEY)\n',
      },
    ],
    invalid: [
      {
        name: "a test's known-answer vector of 1024 hex characters: information in test code",
        path: 'tests/test_signing.py',
        code: `VECTOR_SECRET = ⟦"${HEX_VECTOR}"⟧\n`,
        severity: 'info',
      },
      {
        name: "Django's SECRET_KEY of 1024 hex characters, and a 2048-character key in a list",
        path: 'shop/settings.py',
        code: `SECRET_KEY = ⟦"${HEX_1024}"⟧\nFIELD_ENCRYPTION_KEYS = [⟦"${HEX_2048}"⟧]\n`,
      },
      {
        name: 'filler before a number someone chose: a weak password, not filler',
        path: 'clinic/config.py',
        code: 'MAIL_PASSWORD = ⟦"abc804127"⟧\nREDIS_PASSWORD = ⟦"xyz850317!"⟧\n',
      },
      {
        name: 'the same key-named constant handed to a signer as well as to a cookie: the stub the app signs with',
        path: 'notes/auth.py',
        code: 'import jwt\nfrom flask import request\n\nJWT_KEY = ⟦"notes_jwt_key"⟧\n\ndef read():\n    return jwt.decode(request.cookies.get(JWT_KEY), JWT_KEY, algorithms=["HS256"])\n',
      },
    ],
  },
  go: {
    valid: [
      {
        name: "a cookie's and a header's name under key-named variables, used only in http.Cookie{Name}, c.Cookie, c.SetCookie and Header.Get",
        path: 'internal/handler/auth.go',
        code: 'package handler\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\nvar JwtKey = "hx-jwt-key"\n\nconst tokenHeaderKey = "x-hx-access-token"\n\nfunc Set(c *gin.Context, tok string) {\n\tc.SetCookie(JwtKey, tok, 3600, "/", "", true, true)\n}\n\nfunc Read(c *gin.Context) string {\n\tif v, err := c.Cookie(JwtKey); err == nil {\n\t\treturn v\n\t}\n\treturn c.Request.Header.Get(tokenHeaderKey)\n}\n\nfunc Clear(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: JwtKey, MaxAge: -1})\n}\n',
      },
      {
        name: "histeng's cookie name beside the JWT secret it signs with, both package variables the handlers read from other files",
        path: 'setting/jwt.go',
        code: 'package setting\n\nimport "os"\n\nvar (\n\tJwtKey    = "hx-jwt-key"\n\tJwtSecret = []byte(os.Getenv("JWT_SECRET"))\n)\n',
      },
      {
        name: 'a firmware digest of 1024 hex characters: compared, never signed with',
        path: 'internal/update/verify.go',
        code: `package update\n\nconst firmwareDigest = "${HEX_DIGEST}"\n`,
      },
    ],
    invalid: [
      {
        name: 'a JWT key of 1024 hex characters, and the signing secret beside a cookie-name constant',
        path: 'internal/auth/token.go',
        code: `package auth\n\nimport \"net/http\"\n\nvar signingKey = []byte(⟦"${HEX_1024}"⟧)\n\nvar (\n\tJwtKey    = "hx-jwt-key"\n\tJwtSecret = []byte(⟦"UdaMBAyIofdopFzWNMQhBrV9"⟧)\n)\n\nfunc clear(w http.ResponseWriter) { http.SetCookie(w, &http.Cookie{Name: JwtKey, MaxAge: -1}) }\n`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: 'filler and its counted digits in a local config stay placeholders',
        path: 'configs/config.local.yaml',
        code: 'mysql:\n  Password: abc123\nredis:\n  Password: abc\n',
      },
    ],
    invalid: [
      {
        name: "stock passwords where the stock image reads them and where the app logs in to that service, in a deploy-shaped compose file",
        path: 'docker-compose.yml',
        code: 'services:\n  web:\n    build: .\n    restart: always\n    environment:\n      DB_PASSWORD: ⟦mysecretpassword⟧\n      AMQP_URL: amqp://guest:⟦guest⟧@rabbitmq:5672/\n  postgres:\n    image: postgres:15\n    restart: always\n    environment:\n      POSTGRES_PASSWORD: ⟦mysecretpassword⟧\n  rabbitmq:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_PASS: ⟦guest⟧\n',
        severity: 'info',
      },
      {
        name: "a viper config that declares itself development under app: (environment, env): a digit run at localhost is information",
        path: 'configs/config.yaml',
        code: 'app:\n  name: "Barber API"\n  environment: "development"\ndatabase:\n  host: "localhost"\n  password: ⟦"4821"⟧\n',
        severity: 'info',
      },
      {
        name: 'a generated JWT secret of 1024 hex characters',
        path: 'configs/config.yaml',
        code: `jwt:\n  secret: ⟦${HEX_1024}⟧\n  expire: 72h\n`,
      },
      {
        name: 'filler before a chosen number and a symbol, for MySQL and Redis on a public host',
        path: 'configs/config.yaml',
        code: 'mysql:\n  Username: takeout\n  Password: ⟦abc617294+⟧\n  Host: 47.104.23.118:3306\nredis:\n  Password: ⟦xyz850317⟧\n',
      },
      {
        name: "a config that says production under app: keeps a chosen password's error",
        path: 'configs/config.yaml',
        code: 'app:\n  env: production\ndatabase:\n  host: 10.0.3.15\n  password: ⟦"Kq4821vHm"⟧\n',
      },
      {
        name: "a stock image's password as the deployed app's own login (gin BasicAuth, an admin account): a warning",
        path: 'docker-compose.yml',
        code: 'services:\n  web:\n    build: .\n    restart: always\n    environment:\n      GIN_MODE: release\n      HTTP_PASSWORD: ⟦mysecretpassword⟧\n      ADMIN_PASSWORD: ⟦postgres⟧\n    depends_on:\n      - postgres\n  postgres:\n    image: postgres\n    restart: always\n',
        severity: 'warning',
      },
    ],
  },
  toml: {
    valid: [
    ],
    invalid: [
      {
        name: 'a config that declares itself development under [app]: a digit run at localhost is information',
        path: 'config/app.toml',
        code: '[app]\nenv = "dev"\n\n[database]\nhost = "localhost"\npassword = "⟦4821⟧"\n',
        severity: 'info',
      },
      {
        name: 'a chosen word beside env = "production" keeps its error',
        path: 'config/app.toml',
        code: '[app]\nenv = "production"\n\n[database]\npassword = "⟦Kq4821vHm⟧"\n',
      },
    ],
  },
  dotenv: {
    valid: [],
    invalid: [
      {
        name: 'filler before a chosen number under an SMTP password, in a .env file git does not ignore',
        path: '.env',
        code: '⟦APP_ENV⟧=production\nSMTP_PASSWORD=⟦abc729035!⟧\n',
        options: { gitIgnored: false },
      },
    ],
  },
  properties: {
    valid: [
      {
        name: 'abc123 in a dev profile stays a placeholder',
        path: 'src/main/resources/application-dev.properties',
        code: 'spring.datasource.password=abc123\n',
      },
    ],
    invalid: [
      {
        name: 'filler before a chosen number in a production profile',
        path: 'src/main/resources/application-prod.properties',
        code: 'spring.datasource.password=⟦abc840261⟧\nspring.redis.password=⟦xyz305718!⟧\n',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a device's public key of 512 hex characters: public by design",
        path: 'src/device.js',
        code: `const devicePublicKeyHex = '${HEX_PUBLIC}';\nmodule.exports = { devicePublicKeyHex };\n`,
      },
      {
        name: "key-named constants that spell a cookie's, a header's and a store's name, used only as those names",
        path: 'src/session.js',
        code: "const JWT_KEY = 'notes_jwt_key';\nconst SESSION_TOKEN = 'notes-session-token';\n\nasync function login(ctx, token) {\n  ctx.cookies.set(JWT_KEY, token, { httpOnly: true });\n}\n\nfunction me(req) {\n  return req.cookies[JWT_KEY] || req.get(SESSION_TOKEN);\n}\n\nfunction remember(token) {\n  localStorage.setItem(SESSION_TOKEN, token);\n}\n\nmodule.exports = { login, me, remember };\n",
      },
    ],
    invalid: [
      {
        name: 'a bridge signing secret of 2048 hex characters; filler before a chosen number in a knexfile and a mailer',
        path: 'src/config.js',
        code: `const bridgeSigningSecret = ⟦'${HEX_2048}'⟧;\nmodule.exports = {\n  production: { connection: { host: '39.98.201.44', user: 'inventory', password: ⟦'abc370918#'⟧ } },\n  bridgeSigningSecret,\n};\n`,
      },
      {
        name: 'a key-named constant that spells a name, exported as well: another module may sign with it',
        path: 'src/session.js',
        code: "const JWT_KEY = ⟦'notes_jwt_key'⟧;\nfunction read(req) {\n  return req.cookies[JWT_KEY];\n}\nmodule.exports = { read, JWT_KEY };\n",
      },
    ],
  },
  php: {
    valid: [
      {
        name: "CakePHP's salt with a chosen value (a named salt: generated values only); a cookie-name constant used in setcookie and $_COOKIE",
        path: 'app/Config/core.php',
        code: "<?php\nConfigure::write('Security.salt', 'lanternMarketplace');\nconst REMEMBER_TOKEN_KEY = 'shop_remember_token';\nsetcookie(REMEMBER_TOKEN_KEY, '1', time() + 60);\n\$remembered = \$_COOKIE[REMEMBER_TOKEN_KEY] ?? null;\n",
      },
    ],
    invalid: [
      {
        name: "CakePHP 2's cipherSeed (the cookie cipher's key) with a chosen word; CodeIgniter's encryption_key; Yii's cookieValidationKey",
        path: 'app/Config/core.php',
        code: "<?php\nConfigure::write('Security.cipherSeed', ⟦'lanternMarketplace'⟧);\n\$config['encryption_key'] = ⟦'quillAndHarbor'⟧;\n\$web = ['components' => ['request' => ['cookieValidationKey' => ⟦'harborPortal2021'⟧]]];\n",
      },
      {
        name: 'filler before a chosen number in a CodeIgniter database group and its SMTP password',
        path: 'application/config/database.php',
        code: "<?php\n\$db['default'] = array('hostname' => '118.31.9.207', 'username' => 'mesa', 'password' => ⟦'abc294716'⟧);\n\$config['smtp_pass'] = ⟦'xyz618203\$'⟧;\n",
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a cookie-name constant used only in set_cookie and request.cookies',
        path: 'app.rb',
        code: "SESSION_TOKEN_KEY = 'kiosk_session_token'\n\npost '/login' do\n  response.set_cookie(SESSION_TOKEN_KEY, value: params[:t], httponly: true)\nend\n\nget '/me' do\n  request.cookies[SESSION_TOKEN_KEY]\nend\n",
      },
    ],
    invalid: [
      {
        name: 'an HMAC secret of 512 hex characters',
        path: 'config/initializers/webhooks.rb',
        code: `WEBHOOK_SECRET = ⟦'${HEX_512}'⟧\n`,
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: 'filler before a chosen number handed to an FTP login',
        path: 'src/main/java/com/example/depot/FtpConfig.java',
        code: 'package com.example.depot;\n\nimport org.apache.commons.net.ftp.FTPClient;\n\npublic class FtpConfig {\n    private static final String FTP_PASSWORD = ⟦"abc692037"⟧;\n\n    public void open(FTPClient client) throws Exception {\n        client.login("depot", FTP_PASSWORD);\n    }\n}\n',
      },
    ],
  },
};

