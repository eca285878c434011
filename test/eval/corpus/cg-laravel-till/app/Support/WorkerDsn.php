<?php

namespace App\Support;

final class WorkerDsn
{
    public const REPORTS = 'till:Wk5nRz8Qp3Lv@tcp(mysql:3306)/till_reports'; // tfl-eval: hardcoded-credential
    public const EXAMPLE = 'user:password@tcp(127.0.0.1:3306)/dbname'; // tfl-eval-not: hardcoded-credential
}
