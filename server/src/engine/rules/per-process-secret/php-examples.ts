import type { Examples } from '../../rule';

export const phpExamples: Examples = {
  valid: [
    {
      name: 'a helper that only a route closure calls, and a method that only a controller action would call',
      path: 'public/index.php',
      code: `<?php\nfunction preview_keys(array $settings): array\n{\n    $settings['jwt_secret'] = bin2hex(random_bytes(32));\n    return $settings;\n}\n$app->get('/debug/keys', function ($request, $response) use ($settings) {\n    return $response->withJson(preview_keys($settings));\n});\n`,
    },
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
      name: 'a config array filled key by key in a helper that the front controller calls',
      path: 'public/index.php',
      code: `<?php\nfunction with_token_keys(array $settings): array\n{\n    $settings['jwt_secret'] = ⟦bin2hex(random_bytes(32))⟧;\n    return $settings;\n}\n$settings = with_token_keys(require __DIR__ . '/../config/settings.php');\n`,
    },
    {
      name: "a provider's boot() calls a private method that makes the key",
      path: 'app/Providers/AuthServiceProvider.php',
      code: `<?php\nclass AuthServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        $this->tokenKeys();\n    }\n\n    private function tokenKeys(): void\n    {\n        $this->signingSecret = ⟦Str::random(64)⟧;\n    }\n}\n`,
    },
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
