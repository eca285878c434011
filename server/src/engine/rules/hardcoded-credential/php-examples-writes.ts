// PHP code that writes a credential into the environment or a named setting: `putenv('X=…')`,
// WordPress' `update_option`, Deployer's `set(…)`. Generated values.
import type { Examples } from '../../rule';

export const phpWriteExamples: Examples = {
  valid: [
    {
      name: 'putenv of a non-secret, of a value built at run time, of an empty password',
      path: 'app/settings.php',
      code: "<?php\n\nputenv('APP_ENV=production');\nputenv('DB_PASSWORD=' . $password);\nputenv('REDIS_PASSWORD=');\nputenv(\"API_TOKEN=$token\");\n",
    },
    {
      name: 'options written from input, options whose name is no credential, a three-argument form field',
      path: 'wp-content/plugins/mailbridge/admin/settings.php',
      code: "<?php\n\nupdate_option('mailbridge_api_key', sanitize_text_field($_POST['api_key']));\nupdate_option('mailbridge_show_password_hint', 'yes');\nadd_option('mailbridge_webhook_secret', wp_generate_password(32, false));\n$builder->add('password', PasswordType::class, ['mapped' => false]);\n",
    },
  ],
  invalid: [
    {
      name: 'putenv of a credential name: the value after `=`',
      path: 'app/settings.php',
      code: "<?php\n\nputenv('INVOICE_DB_PASSWORD=⟦ExmrZgNkKqAf7Eptdf6uR1Kj⟧');\n",
      messageIncludes: ["putenv('INVOICE_DB_PASSWORD')", 'set INVOICE_DB_PASSWORD in the environment'],
    },
    {
      name: "a literal written to a credential-named option or setting (WordPress, Deployer)",
      path: 'wp-content/plugins/mailbridge/mailbridge.php',
      code: "<?php\n\nupdate_option('mailbridge_smtp_password', ⟦'S2drWdQ8GH3kIotsKD59'⟧);\nset('db_password', ⟦'V240aXmGSu4xIGj1KHQm'⟧);\n",
      messageIncludes: ['Factor III', 'hardcoded password'],
    },
  ],
};
