import type { Examples } from '../../rule';

export const phpExamples: Examples = {
  valid: [
    { name: 'the key from the environment', path: 'config/jwt.php', code: `<?php\nreturn [\n    'secret' => env('JWT_SECRET'),\n];\n` },
    {
      name: 'a reset token made in a controller method',
      path: 'app/Http/Controllers/PasswordResetController.php',
      code: `<?php\nclass PasswordResetController\n{\n    public function store()\n    {\n        $token = bin2hex(random_bytes(32));\n        $this->user->forceFill(['reset_nonce' => Str::random(16)]);\n    }\n}\n`,
    },
    { name: 'a nonce in a closure', path: 'routes/web.php', code: `<?php\nRoute::get('/', function () {\n    $cspNonce = base64_encode(random_bytes(16));\n});\n` },
  ],
  invalid: [
    {
      name: 'a JWT secret in config/jwt.php',
      path: 'config/jwt.php',
      code: `<?php\nreturn [\n    'secret' => ⟦bin2hex(random_bytes(32))⟧,\n    'ttl' => env('JWT_TTL', 60),\n];\n`,
      messageIncludes: ['JWT_SECRET'],
      output: `<?php\nreturn [\n    'secret' => env('JWT_SECRET'),\n    'ttl' => env('JWT_TTL', 60),\n];\n`,
    },
    { name: 'a constant', path: 'bootstrap.php', code: `<?php\ndefine('JWT_SECRET', ⟦random_bytes(32)⟧);\n` },
    {
      name: 'env() with a random default is information',
      path: 'config/services.php',
      code: `<?php\nreturn ['signing' => ['secret' => ⟦env('SIGNING_SECRET', bin2hex(random_bytes(32)))⟧]];\n`,
      severity: 'info',
    },
  ],
};
