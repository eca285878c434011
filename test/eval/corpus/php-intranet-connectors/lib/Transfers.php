<?php
declare(strict_types=1);

namespace Intranet;

final class Transfers
{
    public function uploadPayroll(string $file): void
    {
        $conn = ftp_ssl_connect('ftp.payroll.example');
        ftp_login($conn, 'corp-upload', 'tAMiGYId8tONj_H7#2'); // tfl-eval: hardcoded-credential
        ftp_pasv($conn, true);
        ftp_put($conn, basename($file), $file, FTP_BINARY);
        ftp_close($conn);
    }

    public function fetchBadges(): string
    {
        $session = ssh2_connect('badges.corp.example', 22);
        ssh2_auth_password($session, 'badge-export', '_wNvcE0lLe7-+*knJj'); // tfl-eval: hardcoded-credential
        $sftp = ssh2_sftp($session);
        return file_get_contents('ssh2.sftp://' . intval($sftp) . '/exports/badges.csv');
    }
}
