// Python, Ruby and JS/TS: maps of user -> password that the code looks up and compares with a
// password, though no name says what they hold (Flask-HTTPAuth, Grape's http_basic, NiceGUI and
// Express logins). Their look-alikes compare with a role or hold password hashes. Generated values.
import type { LanguageId } from '../../types';
import type { Examples } from '../../rule';

export const PASSWORD_MAP_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: 'a map compared with a role, a map of bcrypt hashes, a lookup compared with a name that says nothing',
        path: 'app/auth.py',
        code: `ROLES = {"alice": "admin-2024x"}
HASHES = {"bob": "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"}
USERS = {"carol": "Kq8vR2mXw5nK"}


def has_role(user, role):
    return ROLES.get(user) == role


def check(user, password):
    return bcrypt.checkpw(password.encode(), HASHES[user].encode())


def same(user, p):
    return USERS.get(user) == p
`,
      },
    ],
    invalid: [
      {
        name: "a map of users' passwords compared with the typed one (NiceGUI), and Flask-HTTPAuth's get_password",
        path: 'main.py',
        code: `USERS = {"grower": ⟦"Kq8vR2mXw5nK"⟧, "viewer": ⟦"Lm4pQ8zR2xWt"⟧}
users = {"john": ⟦"hello-john-1"⟧}


def try_login():
    if USERS.get(username.value) == password.value:
        ui.navigate.to("/")


@auth.get_password
def get_pw(username):
    return users.get(username)
`,
        severity: 'error',
        messageIncludes: ['hardcoded password', '_PASSWORD'],
      },
      {
        name: 'an inline map compared in constant time',
        path: 'app/basic_auth.py',
        code: `def verify(user, password):
    return hmac.compare_digest({"ops": ⟦"Zx9vB2nM4qLw"⟧}.get(user, ""), password)
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a hash compared with a role, and one compared with a name that says nothing',
        path: 'app/api/base.rb',
        code: "ROLES = { 'ops' => 'admin-role-1' }\nUSERS = { 'ops' => 'Lm4pQ8zR2xW7' }\ndef role?(user, role) = ROLES[user] == role\ndef same?(user, other) = USERS[user] == other\n",
      },
    ],
    invalid: [
      {
        name: "Grape's http_basic with an inline hash, and a frozen constant compared in constant time",
        path: 'app/api/base.rb',
        code: `http_basic do |username, password|
  { 'warehouse' => ⟦'kqeqa501#IDAkxs7'⟧ }[username] == password
end
USERS = { 'ops' => ⟦'Lm4pQ8zR2xW7'⟧ }.freeze
def ok?(user, pass)
  ActiveSupport::SecurityUtils.secure_compare(USERS.fetch(user, ''), pass)
end
`,
        severity: 'error',
        messageIncludes: ['hardcoded password'],
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'an object compared with a role, and a lookup compared with a name that says nothing',
        path: 'src/auth.js',
        code: "const ROLES = { alice: 'admin-role-1' }\nconst USERS = { bob: 'Kq8vR2mXw5nK' }\nexport const isRole = (name, role) => ROLES[name] === role\nexport const same = (name, other) => USERS[name] === other\n",
      },
    ],
    invalid: [
      {
        name: 'a users object compared with the typed password, plainly and with timingSafeEqual',
        path: 'src/auth.js',
        code: `const USERS = { grower: ⟦'Kq8vR2mXw5nK'⟧ }
const ADMINS = Object.freeze({ root: ⟦'Lm4pQ8zR2xWt'⟧ })
export const login = (name, password) => USERS[name] === password
export const admin = (name, pass) => crypto.timingSafeEqual(Buffer.from(ADMINS[name]), Buffer.from(pass))
`,
        severity: 'error',
        messageIncludes: ['hardcoded password'],
      },
    ],
  },
};
