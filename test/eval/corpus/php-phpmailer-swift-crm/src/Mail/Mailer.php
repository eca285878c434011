<?php
namespace Acme\Crm\Mail;

use PHPMailer\PHPMailer\PHPMailer;

final class Mailer
{
    public static function make(): PHPMailer
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = 'smtp.office365.com'; // tfl-eval: hardcoded-backing-service
        $mail->SMTPAuth = true;
        $mail->Username = 'crm-noreply@acme-crm.io';
        $mail->Password = 'xDD^O%AbmLoAhp9g'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port = 587;
        $mail->setFrom('crm-noreply@acme-crm.io', 'Acme CRM');
        return $mail;
    }

    public static function fromEnv(): PHPMailer
    {
        $mail = new PHPMailer(true);
        $mail->Username = getenv('SMTP_USER');
        $mail->Password = getenv('SMTP_PASSWORD') ?: ''; // tfl-eval-not: hardcoded-credential
        return $mail;
    }
}
