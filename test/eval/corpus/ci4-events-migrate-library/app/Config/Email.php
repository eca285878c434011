<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Email extends BaseConfig
{
    public string $fromEmail = 'noreply@library.county.gov';
    public string $fromName = 'County Library';
    public string $protocol = 'smtp';
    public string $SMTPHost = 'smtp-relay.county.internal'; // tfl-eval: hardcoded-backing-service
    public string $SMTPUser = '';
    public string $SMTPPass = '';
    public int $SMTPPort = 25;
}
