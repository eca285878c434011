<?php
declare(strict_types=1);

namespace Intranet;

final class Directory
{
    /** Looks a colleague up in the company directory. */
    public function find(string $uid): ?array
    {
        $ldap = ldap_connect('ldaps://dc1.corp.example');
        ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
        if (!ldap_bind($ldap, 'CN=svc-intranet,OU=Service,DC=corp,DC=example', 'Td*8ncY54HGI1C!!jTPP')) { // tfl-eval: hardcoded-credential
            return null;
        }
        $result = ldap_search($ldap, 'OU=People,DC=corp,DC=example', '(uid=' . ldap_escape($uid, '', LDAP_ESCAPE_FILTER) . ')');
        $entries = ldap_get_entries($ldap, $result);
        return $entries['count'] > 0 ? $entries[0] : null;
    }

    public function authenticate(string $dn, string $password): bool
    {
        $ldap = ldap_connect(getenv('LDAP_URL'));
        return @ldap_bind($ldap, $dn, $password); // tfl-eval-not: hardcoded-credential
    }
}
