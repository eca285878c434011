<?php

namespace leantime\core;

class config
{
    /* General */
    public $sitename = 'Agency Projects';
    public $language = 'en-US';
    public $mainColor = '1b75bb';
    public $logoPath = '/images/logo.svg';
    public $appUrl = 'https://projects.agency.example';
    public $defaultTimezone = 'Europe/London';

    /* Database */
    public $dbHost = 'mysql.agency.internal'; // tfl-eval: hardcoded-backing-service
    public $dbUser = 'leantime';
    public $dbPassword = 'S4pJygmKTI3UN8Xx#0'; // tfl-eval: hardcoded-credential
    public $dbDatabase = 'leantime';
    public $dbPort = '3306';

    /* Fileupload */
    public $userFilePath = 'userfiles/';
    public $useS3 = true;
    public $s3Key = 'hL5GCtOJ8DykUsCkoPF3';
    public $s3Secret = '09UySACmmzhP2mmATgdbMIiSW48JCScl5Ilg2DcV'; // tfl-eval: hardcoded-credential
    public $s3Bucket = 'agency-leantime-files';
    public $s3Region = 'eu-west-2';

    /* Sessions */
    public $sessionpassword = 'jS6hinhnlHHnQFp0sMVHym85jWj5MPnwKFxSd1tw'; // tfl-eval: hardcoded-credential
    public $sessionExpiration = 28800;

    /* Email */
    public $email = 'projects@agency.example';
    public $useSMTP = true;
    public $smtpHosts = 'smtp.agency.example';
    public $smtpAuth = true;
    public $smtpUsername = 'projects@agency.example';
    public $smtpPassword = 'BVGi9FT8ATi4aTtC'; // tfl-eval: hardcoded-credential
    public $smtpAutoTLS = true;
    public $smtpSecure = 'tls';
    public $smtpPort = '587';
}
