<?php

namespace Config;

use CodeIgniter\Config\BaseConfig;

class Email extends BaseConfig
{
    public string $fromEmail  = 'appointments@medline-clinics.eu';
    public string $fromName   = 'Medline appointments';
    public string $protocol   = 'smtp';
    public string $SMTPHost   = 'smtp.eu.mailgun.org'; // tfl-eval: hardcoded-backing-service
    public string $SMTPUser   = 'postmaster@mg.medline-clinics.eu';
    public string $SMTPPass   = '085d7191e66a413bdb16b696e6370403-0641ae76-f8f0eb40'; // tfl-eval: hardcoded-credential
    public int $SMTPPort      = 587;
    public string $SMTPCrypto = 'tls';
    public string $mailType   = 'html';
}
