<?php

declare(strict_types=1);

namespace Quayside;

use Firebase\JWT\JWT;
use PHPMailer\PHPMailer\PHPMailer;

final class Integrations
{
    public function directory(): void
    {
        $ldap = ldap_connect(getenv('LDAP_URI'));
        ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
        ldap_bind($ldap, 'cn=quayside,ou=services,dc=port,dc=example', 'cFA0gZaK7WsN01LorP'); // tfl-eval: hardcoded-credential
        ldap_bind($ldap, getenv('LDAP_BIND_DN'), getenv('LDAP_BIND_PASSWORD')); // tfl-eval-not: hardcoded-credential
    }

    public function customsUpload(string $file): void
    {
        $session = ssh2_connect('sftp.customs.example.com', 22);
        ssh2_auth_password($session, 'quayside', 'W1KCertyJVsjzYbY3t'); // tfl-eval: hardcoded-credential
        $sftp = ssh2_sftp($session);
        copy($file, 'ssh2.sftp://' . intval($sftp) . '/inbound/' . basename($file));
    }

    public function legacyFtp(): void
    {
        $ftp = ftp_connect('ftp.pilots.example.com');
        ftp_login($ftp, 'quayside', 'mwzaBqQv8Qmp1gF7k1'); // tfl-eval: hardcoded-credential
        ftp_login($ftp, 'anonymous', 'ops@quayside.example.com'); // tfl-eval-not: hardcoded-credential
    }

    public function mailer(): PHPMailer
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = getenv('SMTP_HOST');
        $mail->SMTPAuth = true;
        $mail->Username = 'berths@quayside.example.com';
        $mail->Password = 'G19ov9YnETUqSsDisX'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port = 587;

        return $mail;
    }

    public function berthToken(array $claims): string
    {
        return JWT::encode($claims, 'Y2O0eDR4PIlLujXWBXiTQVW3zb09VcYN', 'HS256'); // tfl-eval: hardcoded-credential
    }

    public function signedBerthToken(array $claims): string
    {
        return JWT::encode($claims, file_get_contents(getenv('JWT_PRIVATE_KEY_PATH')), 'RS256'); // tfl-eval-not: hardcoded-credential
    }

    public function tideWebhookValid(string $payload, string $signature): bool
    {
        $expected = hash_hmac('sha256', $payload, 'FWK3qDWSF72jVnuB5OO4yYsW'); // tfl-eval: hardcoded-credential
        return hash_equals($expected, $signature);
    }

    public function cache(): \Redis
    {
        $redis = new \Redis();
        $redis->connect(getenv('REDIS_HOST'), 6379);
        $redis->auth('FrAi3JHn9Fkqt8Txfh'); // tfl-eval: hardcoded-credential
        $redis->select(3);

        return $redis;
    }

    public function mailbox()
    {
        return imap_open('{imap.quayside.example.com:993/imap/ssl}INBOX', 'claims@quayside.example.com', '8GWph2jcGUQUYKpN7F'); // tfl-eval: hardcoded-credential
    }

    public function checksum(string $data): string
    {
        return hash_hmac('sha256', $data, 'berth-manifest'); // tfl-eval: hardcoded-credential
    }
}
