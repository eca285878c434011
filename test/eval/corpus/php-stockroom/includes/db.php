<?php
require_once __DIR__ . '/config.php';

function stockroom_db($conf) {
    return new mysqli($conf->db->host, $conf->db->user, $conf->db->password, $conf->db->name);
}
