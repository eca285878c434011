// PHP shapes: Laravel's APP_KEY in config/app.php, run-together names (`$dbpass`), digit-only
// passwords, passwords compared with a state word. Generated values.
import type { Examples } from '../../rule';

export const phpShapeExamples: Examples = {
  valid: [
    {
      name: "config/app.php reading APP_KEY, and other files' `key` entries",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'key' => env('APP_KEY'),\n    'cipher' => 'AES-256-CBC',\n];\n",
    },
    {
      name: 'a `key` outside config/app.php names nothing secret',
      path: 'config/cache.php',
      code: "<?php\n\nreturn ['prefix' => 'shop', 'key' => 'Wa7zGpWHL5JeWc'];\n",
    },
    {
      name: 'names that end in "pass" without meaning a password, state comparisons, small numbers',
      path: 'src/Auth/Gate.php',
      code: "<?php\n\n$bypass = 'BMQwVd4t9Xoez9';\n$compass = 'FTaMLYQZKQpBLJ';\nif ($user->password === 'reset') { reset_password($user); }\n$password_min_length = 12;\n$config['password'] = 123456;\n",
    },
  ],
  invalid: [
    {
      name: "Laravel's application key hardcoded in config/app.php",
      path: 'config/app.php',
      code: "<?php\n\nreturn [\n    'key' => ⟦'base64:A38YXe+PViCDfO8PR2LnPg8hXk3Lp2Wq9Zm4Tn7Rv1s='⟧,\n    'cipher' => 'AES-256-CBC',\n];\n",
      messageIncludes: ['application key', "'APP_KEY'"],
    },
    {
      name: 'run-together password names: $dbpass, DBPASS',
      path: 'includes/db.php',
      code: "<?php\n\n$dbhost = 'localhost';\n$dbpass = ⟦'9WeeHX7mNzxZQg'⟧;\ndefine('DBPASS', ⟦'dcMaCgNGmdWKB6'⟧);\n",
      messageIncludes: ['hardcoded password'],
    },
    {
      name: 'a digit-only password',
      path: 'config/database.php',
      code: "<?php\n\nreturn ['mysql' => ['username' => 'shop', 'password' => ⟦6742530⟧]];\n",
      messageIncludes: ['hardcoded password'],
    },
  ],
};
