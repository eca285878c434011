<?php
namespace Acme\Crm\Mail;

final class LegacyTransport
{
    public static function mailer(): \Swift_Mailer
    {
        $transport = (new \Swift_SmtpTransport('smtp.mailgun.org', 587, 'tls')) // tfl-eval: hardcoded-backing-service
            ->setUsername('postmaster@mg.acme-crm.io')
            ->setPassword('c6254942464d705a0d4290fe60e6be27-0a97d7cd-45bcf4bb'); // tfl-eval: hardcoded-credential
        return new \Swift_Mailer($transport);
    }
}
