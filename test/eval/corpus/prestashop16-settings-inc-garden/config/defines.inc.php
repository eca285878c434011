<?php
/* Debug only */
if (!defined('_PS_MODE_DEV_')) {
    define('_PS_MODE_DEV_', false);
}
/* Compatibility warning */
define('_PS_DISPLAY_COMPATIBILITY_WARNING_', false);
define('_PS_DEBUG_PROFILING_', false);
define('_PS_MODE_DEMO_', false);

$currentDir = dirname(__FILE__);

if (!defined('_PS_HOST_MODE_') && (getenv('_PS_HOST_MODE_') || getenv('REDIRECT__PS_HOST_MODE_'))) {
    define('_PS_HOST_MODE_', getenv('_PS_HOST_MODE_') ? getenv('_PS_HOST_MODE_') : getenv('REDIRECT__PS_HOST_MODE_'));
}

define('_PS_ROOT_DIR_', realpath($currentDir.'/..'));
define('_PS_ADMIN_PASSWORD_LENGTH_', 8); // tfl-eval-not: hardcoded-credential
define('_PS_PASSWD_MIN_LENGTH_', 5); // tfl-eval-not: hardcoded-credential
define('_PS_SMARTY_DIR_', _PS_TOOL_DIR_.'smarty/');
define('_PS_COOKIE_KEY_NAME_', 'PrestaShop-'); // tfl-eval-not: hardcoded-credential
