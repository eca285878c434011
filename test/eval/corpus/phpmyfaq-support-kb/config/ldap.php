<?php
// LDAP configuration for the support staff directory
$PMF_LDAP['ldap_server'] = 'ldaps://ldap.kb.internal';
$PMF_LDAP['ldap_port'] = 636;
$PMF_LDAP['ldap_user'] = 'cn=faq-bind,ou=services,dc=acme,dc=io';
$PMF_LDAP['ldap_password'] = '8qhzWotmND66VD6acWdP'; // tfl-eval: hardcoded-credential
$PMF_LDAP['ldap_base'] = 'ou=people,dc=acme,dc=io';
