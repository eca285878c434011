<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Email extends BaseConfig
{
    public string $fromEmail  = 'noreply@pantry.example.org';
    public string $fromName   = 'Community Pantry';
    public string $protocol   = 'smtp';
    public string $SMTPHost   = '';
    public string $SMTPUser   = '';
    public string $SMTPPass   = '';
    public int $SMTPPort      = 587;
    public string $SMTPCrypto = 'tls';
}
