// What a password hasher is handed is the password in plain text: `bcrypt.hash('…', 10)`, Laravel's `bcrypt('…')` and
// `Hash::make('…')`, `password_hash('…', PASSWORD_DEFAULT)`, Go's `bcrypt.GenerateFromPassword([]byte("…"), cost)`, as
// Spring's `passwordEncoder.encode("…")`, Python's `generate_password_hash('…')` / `make_password('…')` / `set_password('…')` /
// `bcrypt.hashpw(b'…', …)` / `pwd_context.hash('…')`, Ruby's `BCrypt::Password.create('…')`. Hashing at start-up or in a
// seeder does not keep it out of the source. In app code an error; in seeders and tests a guess from where it is passed
// (information). A constant handed to a hasher or given to a keyword argument named for a credential is read by that use
// (python-later-uses.ts, ruby-later-uses.ts). Left alone: a variable's value.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PASSWORD_HASHER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [{ name: "the request's password", path: 'src/users/register.js', code: `const bcrypt = require('bcrypt');\nexports.register = async (req) => bcrypt.hash(req.body.password, 10);\n` }],
    invalid: [
      { name: 'a default admin hashed at start-up', path: 'src/bootstrap.js', code: `const bcrypt = require('bcryptjs');\nconst adminHash = bcrypt.hashSync(⟦'Vq4rT9zKx2mL'⟧, 10);\n`, severity: 'error' },
      { name: "a Prisma seed's admin", path: 'prisma/seed.ts', code: `import bcrypt from 'bcrypt';\nconst password = await bcrypt.hash(⟦'Adm1n!Seed7x'⟧, 10);\n`, severity: 'info' },
    ],
  },
  php: {
    valid: [{ name: "the form's password", path: 'app/Http/Controllers/RegisterController.php', code: `<?php\n$user->password = Hash::make($request->input('password'));\n` }],
    invalid: [
      { name: "Laravel's helpers and PHP's own", path: 'app/Console/Commands/CreateAdmin.php', code: `<?php\n$admin->password = Hash::make(⟦'Vq4rT9zKx2mL'⟧);\n$hash = password_hash(⟦'Vq4rT9zKx2mL'⟧, PASSWORD_DEFAULT);\n`, severity: 'error' },
      { name: "a seeder's maintainer account", path: 'database/seeders/DatabaseSeeder.php', code: `<?php\nUser::create(['email' => 'ana@acme.io', 'password' => bcrypt(⟦'Lf19xQ8vPz2k'⟧)]);\n`, severity: 'info' },
    ],
  },
  python: {
    valid: [
      {
        name: "the form's and the environment's passwords, an unusable password, a context's verify",
        path: 'accounts/views.py',
        code: `import os\nfrom django.contrib.auth.hashers import make_password\nfrom werkzeug.security import generate_password_hash\n\ndef change(request, user):\n    user.set_password(request.POST["new_password1"])\n    user.password = make_password(None)\n    admin = generate_password_hash(os.environ["ADMIN_PASSWORD"])\n    return pwd_context.verify("typed", user.password)\n`,
      },
      { name: 'a keyword argument given a constant that holds no secret (a field name)', path: 'app/forms.py', code: `PASSWORD_FIELD = "password"\nform = LoginForm(password=PASSWORD_FIELD)\n` },
      { name: "a hash of a non-password (a cache key) and keyring's three-argument set_password", path: 'app/cache.py', code: `import keyring\nk = mmh3.hash("orders:recent")\nkeyring.set_password("svc", "user", getpass.getpass())\n` },
    ],
    invalid: [
      {
        name: "Werkzeug's, Django's, bcrypt's, passlib's and argon2's hashers, Django's create_user",
        path: 'app/bootstrap.py',
        code: `import bcrypt\nfrom django.contrib.auth.hashers import make_password\nfrom werkzeug.security import generate_password_hash\n\nKIOSK = generate_password_hash(⟦"vtMFdmYHTHc5zTjk"⟧)\nDESK = make_password(⟦"KIPn2cyYQ5eP5Cmu"⟧)\nBRIDGE = bcrypt.hashpw(⟦b"jvkrHDgQ3kZtCXLe"⟧, bcrypt.gensalt())\nSUPERVISOR = pwd_context.hash(⟦"L1SumVt192PXneAd"⟧)\nPIN = ph.hash(⟦"522MzdcAmaOcTI3E"⟧)\n\ndef ensure_bot(User):\n    bot = User.objects.get(username="bot")\n    bot.set_password(⟦"P6VEmnubg0FUKbA2"⟧)\n    User.objects.create_user("overnight", "night@example.com", ⟦"AYnqghmkgw48D2Nw"⟧)\n`,
        severity: 'error',
      },
      {
        name: 'a constant given to a keyword argument named for a credential, and to a hasher',
        path: 'app/db.py',
        code: `import asyncpg\nfrom werkzeug.security import generate_password_hash\n\nPW = ⟦"XuGJOgJ2wI7HlsOt"⟧\nKIOSK = ⟦"S7CXGTnNcC2To6cg"⟧\n\nasync def replica():\n    return await asyncpg.create_pool(host=HOST, user="reports", password=PW)\n\nKIOSK_HASH = generate_password_hash(KIOSK)\n`,
        severity: 'error',
      },
      { name: "a seed script's demo accounts", path: 'scripts/seed_demo.py', code: `from werkzeug.security import generate_password_hash\nhashed = generate_password_hash(⟦"grower-Demo-7351"⟧)\n`, severity: 'info' },
    ],
  },
  ruby: {
    valid: [
      {
        name: "a setter's parameter, the environment's PIN, a confirmation typed apart from a password",
        path: 'app/models/terminal.rb',
        code: `class Terminal\n  def pin=(plain)\n    self.pin_digest = BCrypt::Password.create(plain)\n  end\n\n  def rotate\n    update!(pin_digest: BCrypt::Password.create(ENV.fetch("DOCK_PIN")))\n  end\nend\nform = { password: params[:password], password_confirmation: "Password confirmation" }\n`,
      },
      { name: 'a keyword argument given a constant that holds no secret (a field label)', path: 'app/forms/login_form.rb', code: `PASSWORD_LABEL = "Password"\nfield :secret, password: PASSWORD_LABEL\n` },
    ],
    invalid: [
      {
        name: "bcrypt's and argon2's Password.create, a constant given to password:",
        path: 'app/services/dock_terminals.rb',
        code: `class DockTerminals\n  FACTORY_RESET = BCrypt::Password.create(⟦"mTcjvX6KZ1yKlhoM"⟧)\n  OPS_GATE = ⟦"sVefTmHfZDCGsQ2E"⟧\n\n  http_basic_authenticate_with name: "ops", password: OPS_GATE\n\n  def self.vault\n    Argon2::Password.create(⟦"74dX8jrs5lof0mgH"⟧)\n  end\nend\n`,
        severity: 'error',
      },
      {
        name: "Devise's password_confirmation given the password's own literal",
        path: 'lib/tasks/accounts.rake',
        code: `task supervisor: :environment do\n  User.find_or_create_by!(email: "sup@depot.example") do |user|\n    user.password = ⟦"2cF20ut993Ptm3Pt"⟧\n    user.password_confirmation = ⟦"2cF20ut993Ptm3Pt"⟧\n  end\n  User.create!(email: "ops@depot.example", password: ⟦"Fn9qCopperHq2w"⟧, password_confirmation: ⟦"Fn9qCopperHq2w"⟧)\nend\n`,
        severity: 'error',
      },
    ],
  },
  go: {
    valid: [{ name: "the form's password", path: 'internal/auth/register.go', code: `package auth\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc hash(p string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(p), bcrypt.DefaultCost)\n}\n` }],
    invalid: [{ name: 'an admin hashed in main', path: 'cmd/api/main.go', code: `package main\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc admin() []byte {\n\th, _ := bcrypt.GenerateFromPassword([]byte(⟦"Vq4rT9zKx2mL"⟧), bcrypt.DefaultCost)\n\treturn h\n}\n`, severity: 'error' }],
  },
};
