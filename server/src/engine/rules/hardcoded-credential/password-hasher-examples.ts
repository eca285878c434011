// What a password hasher is handed is the password in plain text: `bcrypt.hash('…', 10)`, Laravel's `bcrypt('…')` and
// `Hash::make('…')`, `password_hash('…', PASSWORD_DEFAULT)`, Go's `bcrypt.GenerateFromPassword([]byte("…"), cost)`, as
// Spring's `passwordEncoder.encode("…")`. Hashing at start-up or in a seeder does not keep it out of the source. In app
// code an error; in seeders and tests a guess from where it is passed (information). Left alone: a variable's value.
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
  go: {
    valid: [{ name: "the form's password", path: 'internal/auth/register.go', code: `package auth\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc hash(p string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(p), bcrypt.DefaultCost)\n}\n` }],
    invalid: [{ name: 'an admin hashed in main', path: 'cmd/api/main.go', code: `package main\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc admin() []byte {\n\th, _ := bcrypt.GenerateFromPassword([]byte(⟦"Vq4rT9zKx2mL"⟧), bcrypt.DefaultCost)\n\treturn h\n}\n`, severity: 'error' }],
  },
};
