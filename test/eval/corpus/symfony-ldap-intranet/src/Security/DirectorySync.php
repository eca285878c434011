<?php

namespace App\Security;

use Symfony\Component\Ldap\Ldap;

final class DirectorySync
{
    public function run(): void
    {
        $ldap = Ldap::create('ext_ldap', ['connection_string' => 'ldaps://dc1.intranet.example:636']);
        $ldap->bind('cn=sync,ou=services,dc=intranet,dc=example', 'J6kK11+FHfZ%Rftx#6-G'); // tfl-eval: hardcoded-credential
        $query = $ldap->query('ou=people,dc=intranet,dc=example', '(objectClass=inetOrgPerson)');
        foreach ($query->execute() as $entry) {
            $this->import($entry);
        }
    }

    private function import($entry): void
    {
    }
}
