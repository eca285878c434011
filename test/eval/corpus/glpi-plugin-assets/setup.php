<?php

define('PLUGIN_ACMEASSETS_VERSION', '1.4.0');

function plugin_init_acmeassets(): void
{
    global $PLUGIN_HOOKS;
    $PLUGIN_HOOKS['csrf_compliant']['acmeassets'] = true;
    $PLUGIN_HOOKS['config_page']['acmeassets'] = 'front/config.form.php';
}

function plugin_version_acmeassets(): array
{
    return ['name' => 'Acme assets', 'version' => PLUGIN_ACMEASSETS_VERSION, 'author' => 'Acme IT', 'license' => 'GPLv3'];
}