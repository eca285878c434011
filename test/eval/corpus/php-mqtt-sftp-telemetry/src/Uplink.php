<?php

namespace Telemetry;

use Bluerhinos\phpMQTT;

final class Uplink
{
    public static function mqtt(): phpMQTT
    {
        $mqtt = new phpMQTT('mqtt.telemetry.example', 8883, 'uplink-' . gethostname());
        $mqtt->connect(true, null, 'uplink', 'b6bXnw8NLZZwsK8j5ZJs'); // tfl-eval: hardcoded-credential
        return $mqtt;
    }

    public static function sftp()
    {
        $conn = ssh2_connect('sftp.telemetry.example', 22);
        ssh2_auth_pubkey_file($conn, 'uplink', '/etc/uplink/id_rsa.pub', '/etc/uplink/id_rsa', 'am1YdlXblRhCHQ#4'); // tfl-eval: hardcoded-credential
        return ssh2_sftp($conn);
    }
}
