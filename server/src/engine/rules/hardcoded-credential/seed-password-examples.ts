// A chosen word handed to a password hasher at first start (held-out batch PA, probe22b S): `utils.HashingPassword("admin")`,
// `bcrypt.hash('admin')`, `make_password('admin')`, `Hash::make('secret')`, `BCrypt::Password.create('admin')`,
// `passwordEncoder.encode("admin")` seed a default account whose users change the password: information in the app's
// code too. A random-looking value hashed there is a real password and stays an error; a literal key to a signer stays.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const SEED_PASSWORD_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: 'the seed password read from the environment',
        path: 'main.go',
        code: `package main

import (
	"os"

	"example.com/shop/utils"
)

func seedDemoUsers() {
	h, _ := utils.HashingPassword(os.Getenv("ADMIN_PASSWORD"))
	_ = h
}
`,
      },
    ],
    invalid: [
      {
        name: "a chosen word to the app's hashing helper: a seeded account's first password, information",
        path: 'main.go',
        code: `package main

import "example.com/shop/utils"

func seedDemoUsers() {
	h, _ := utils.HashingPassword(⟦"admin"⟧)
	g, _ := utils.HashingPassword(⟦"guest123"⟧)
	_, _ = h, g
}
`,
        severity: 'info',
      },
      {
        name: 'a random-looking password to the same helper: a real password, an error',
        path: 'main.go',
        code: `package main

import "example.com/shop/utils"

func resetKiosk() {
	h, _ := utils.HashingPassword(⟦"mTcjvX6KZ1yKlhoMq8Rw"⟧)
	_ = h
}
`,
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'the default admin password from the environment',
        path: 'src/bootstrap.js',
        code: `const bcrypt = require('bcryptjs');
async function ensureDefaultAdmin() {
  return bcrypt.hash(process.env.ADMIN_PASSWORD, 10);
}
`,
      },
    ],
    invalid: [
      {
        name: "bcrypt.hash('admin') at first start: information",
        path: 'src/bootstrap.js',
        code: `const bcrypt = require('bcryptjs');
async function ensureDefaultAdmin() {
  const hash = await bcrypt.hash(⟦'admin'⟧, 10);
  return hash;
}
`,
        severity: 'info',
      },
      {
        name: "a literal key to jwt.sign is the key itself, not a seeded password",
        path: 'src/session.js',
        code: `const jwt = require('jsonwebtoken');
const sign = (user) => jwt.sign({ sub: user.id }, ⟦'uEivXyFYsKhHrvOJc0UlzAUX'⟧);
module.exports = { sign };
`,
        severity: 'error',
      },
    ],
  },
  python: {
    valid: [],
    invalid: [
      {
        name: "make_password('admin') and set_password('viewer') in a post_migrate hook: information",
        path: 'core/apps.py',
        code: `from django.contrib.auth.hashers import make_password

def create_default_admin(User):
    User.objects.create(username="admin", password=make_password(⟦"admin"⟧))
    viewer = User(username="viewer")
    viewer.set_password(⟦"viewer"⟧)
`,
        severity: 'info',
      },
    ],
  },
  php: {
    valid: [],
    invalid: [
      {
        name: "Hash::make('secret') and bcrypt('editor123') in an installer: information",
        path: 'app/Services/InstallService.php',
        code: `<?php
use Illuminate\\Support\\Facades\\Hash;

class InstallService
{
    public function accounts(): array
    {
        return [Hash::make(⟦'secret'⟧), bcrypt(⟦'editor123'⟧)];
    }
}
`,
        severity: 'info',
      },
      {
        name: "hash_hmac's literal key beside them: the key itself, an error",
        path: 'app/Services/License.php',
        code: `<?php
function signLicense(string $payload): string
{
    return hash_hmac('sha256', $payload, ⟦'xBlhlDNRELBRIqe9lIHjni3f'⟧);
}
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [],
    invalid: [
      {
        name: "BCrypt::Password.create('admin') in a first-run service: information",
        path: 'app/services/first_run_setup.rb',
        code: `class FirstRunSetup
  def call
    Account.create!(login: "admin", password_digest: BCrypt::Password.create(⟦"admin"⟧))
  end
end
`,
        severity: 'info',
      },
    ],
  },
  java: {
    valid: [],
    invalid: [
      {
        name: 'passwordEncoder.encode("admin") for an in-memory demo user: information; a random one stays an error',
        path: 'src/main/java/com/acme/SecurityConfig.java',
        code: `class SecurityConfig {
    UserDetails admin(PasswordEncoder passwordEncoder) {
        return User.withUsername("admin").password(passwordEncoder.encode(⟦"admin"⟧)).build();
    }
}
`,
        severity: 'info',
      },
      {
        name: 'a random-looking password to the encoder: an error',
        path: 'src/main/java/com/acme/SecurityConfig.java',
        code: `class SecurityConfig {
    UserDetails ops(PasswordEncoder passwordEncoder) {
        return User.withUsername("ops").password(passwordEncoder.encode(⟦"P0apMjz6lvv355CTL91x5HXM"⟧)).build();
    }
}
`,
        severity: 'error',
      },
    ],
  },
};
