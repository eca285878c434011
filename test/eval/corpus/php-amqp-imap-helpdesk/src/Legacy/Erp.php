<?php

namespace Helpdesk\Legacy;

/** Reads customer contracts from the ERP's databases. */
final class Erp
{
    public static function oracle()
    {
        return oci_connect('helpdesk_ro', 'UM9rSHyncF69ytiPrn', '//erp-db.internal:1521/ERPPROD', 'AL32UTF8'); // tfl-eval: hardcoded-credential
    }

    public static function mssql()
    {
        $info = ['Database' => 'Contracts', 'UID' => 'helpdesk', 'PWD' => 'A1AmMCxkM3qMEx!3', 'Encrypt' => true]; // tfl-eval: hardcoded-credential
        return sqlsrv_connect('sql01.internal,1433', $info);
    }

    public static function odbc()
    {
        return odbc_connect('ERP_DSN', 'helpdesk', '6IqW30fls8W9vTuh'); // tfl-eval: hardcoded-credential
    }
}
