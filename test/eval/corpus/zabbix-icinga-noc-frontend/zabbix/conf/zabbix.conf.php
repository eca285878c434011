<?php
// Zabbix GUI configuration file.

$DB['TYPE']				= 'POSTGRESQL';
$DB['SERVER']			= 'pg-zabbix.noc.internal'; // tfl-eval: hardcoded-backing-service
$DB['PORT']				= '5432';
$DB['DATABASE']			= 'zabbix';
$DB['USER']				= 'zabbix_web';
$DB['PASSWORD']			= '^PEBBEyO%1dKqJfDFb'; // tfl-eval: hardcoded-credential

// Schema name. Used for PostgreSQL.
$DB['SCHEMA']			= '';

// Used for TLS connection.
$DB['ENCRYPTION']		= true;
$DB['KEY_FILE']			= '/etc/zabbix/web/client.key'; // tfl-eval-not: hardcoded-credential
$DB['CERT_FILE']		= '/etc/zabbix/web/client.crt';
$DB['CA_FILE']			= '/etc/zabbix/web/ca.crt';
$DB['VERIFY_HOST']		= false;
$DB['CIPHER_LIST']		= '';

// Vault configuration. Used if database credentials are stored in Vault secrets manager.
$DB['VAULT']			= '';
$DB['VAULT_URL']		= '';
$DB['VAULT_DB_PATH']	= '';
$DB['VAULT_TOKEN']		= ''; // tfl-eval-not: hardcoded-credential

$ZBX_SERVER				= 'zabbix-server.noc.internal';
$ZBX_SERVER_PORT		= '10051';
$ZBX_SERVER_NAME		= 'NOC';

$IMAGE_FORMAT_DEFAULT	= IMAGE_FORMAT_PNG;
