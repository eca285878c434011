// The account a password opens written after it (`PASS_MYSQL`, `PASSWORD_DB`, `PWD_BD`): the word order of
// Spanish and Portuguese (contraseña de la base de datos, senha do banco), common in their apps. Only databases,
// brokers and accounts follow: `PASSWORD_RESET` and `password_email` (the reset mail) are no passwords.
// Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PASSWORD_OWNER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  dotenv: {
    valid: [
      {
        name: 'a route and a template after the password word, and an empty value',
        path: 'deploy/app.env',
        code: 'PASSWORD_RESET_URL=/senha/redefinir\nPASSWORD_EMAIL=emails/password.html\nPASS_MYSQL=\n',
        options: { gitIgnored: false },
      },
    ],
    invalid: [
      {
        name: 'the database after the password word (es/pt order)',
        path: 'deploy/app.env',
        code: 'HOST_DB=localhost\nUSER_DB=loja\nPASSWORD_DB=⟦Kq7vT2xLm9pW⟧\nPASS_MYSQL=⟦nmmMq8vT2x⟧\n',
        options: { gitIgnored: false },
      },
    ],
  },
  python: {
    valid: [{ name: 'read from the environment', path: 'app/config.py', code: `import os\n\nPASSWORD_DB = os.getenv("PASSWORD_DB")\n` }],
    invalid: [{ name: 'a module constant', path: 'app/config.py', code: `PASSWORD_BD = ⟦"Rt5vQ9xLm2pK"⟧\n` }],
  },
  php: {
    valid: [{ name: 'read from the environment', path: 'config/db.php', code: `<?php\ndefine('PASS_BD', getenv('PASS_BD'));\n` }],
    invalid: [{ name: 'a define()', path: 'config/db.php', code: `<?php\ndefine('USER_BD', 'loja');\ndefine('PASS_BD', ⟦'Wm3kT8vRq2xZ'⟧);\n` }],
  },
  javascript: {
    valid: [{ name: 'read from the environment', path: 'src/db.js', code: `const passwordDb = process.env.PASSWORD_DB;\n` }],
    invalid: [{ name: 'an object key', path: 'src/db.js', code: `module.exports = { hostDb: 'localhost', userDb: 'loja', passwordDb: ⟦'Zp8vK2mQx7Lt'⟧ };\n` }],
  },
};
