<?php

class PluginAcmeassetsLdapsync
{
    public static function bind(): \LDAP\Connection
    {
        $ldap = ldap_connect('ldaps://dc01.corp.acme.example');
        ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_bind($ldap, 'CN=glpi-sync,OU=Service Accounts,DC=corp,DC=acme,DC=example', 'Pebble!60juniper14'); // tfl-eval: hardcoded-credential
        return $ldap;
    }
}
