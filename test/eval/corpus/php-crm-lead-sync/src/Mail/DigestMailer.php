<?php
declare(strict_types=1);

namespace Acme\LeadSync\Mail;

use PHPMailer\PHPMailer\PHPMailer;

final class DigestMailer
{
    public function send(string $to, string $html): void
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host       = 'smtp.acme.example';
        $mail->SMTPAuth   = true;
        $mail->Username   = 'leadsync@acme.example';
        $mail->Password   = 'gq@nIcSf@pV.n0l*'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port       = 587;
        $mail->setFrom('leadsync@acme.example', 'Lead Sync');
        $mail->addAddress($to);
        $mail->isHTML(true);
        $mail->Subject = 'New leads: reset your password link inside'; // tfl-eval-not: hardcoded-credential
        $mail->Body    = $html;
        $mail->send();
    }

    public function sendViaRelay(string $to, string $html): void
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host     = getenv('SMTP_HOST');
        $mail->Username = getenv('SMTP_USER');
        $mail->Password = getenv('SMTP_PASS'); // tfl-eval-not: hardcoded-credential
        $mail->addAddress($to);
        $mail->Body = $html;
        $mail->send();
    }
}
