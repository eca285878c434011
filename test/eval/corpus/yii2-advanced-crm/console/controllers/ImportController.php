<?php

namespace console\controllers;

use yii\console\Controller;

class ImportController extends Controller
{
    public function actionLegacy()
    {
        $ftp = ftp_connect('ftp.legacy-crm.example');
        ftp_login($ftp, 'export', '0G35B#Ca0Ef6ZZ'); // tfl-eval: hardcoded-credential
        ftp_get($ftp, '/tmp/contacts.csv', 'contacts.csv', FTP_BINARY);
    }
}
