<?php
/* This file has been generated automatically by RackTables installer.
 * you shouldn't normally edit it unless your database setup has changed.
 */
$pdo_dsn = 'mysql:host=mysql.dc.internal;dbname=racktables'; // tfl-eval: hardcoded-backing-service
$db_username = 'racktables_user';
$db_password = 'PnM5t7f307r0*Cn5'; // tfl-eval: hardcoded-credential

$user_auth_src = 'ldap';
$require_local_account = FALSE;

$LDAP_options = array
(
	'server' => 'ldaps://ldap.dc.internal',
	'domain' => 'dc.internal',
	'search_attr' => 'uid',
	'search_dn' => 'ou=people,dc=dc,dc=internal',
	'search_bind_rdn' => 'cn=racktables,ou=services,dc=dc,dc=internal',
	'search_bind_password' => 'D1vJBVHg8M6fxQpri8', // tfl-eval: hardcoded-credential
	'displayname_attrs' => 'givenname familyname',
	'cache_refresh' => 300,
	'cache_retry' => 15,
	'cache_expiry' => 600,
);
