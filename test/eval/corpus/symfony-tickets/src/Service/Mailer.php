<?php

namespace App\Service;

use PHPMailer\PHPMailer\PHPMailer;

class Mailer
{
    public function send(string $to, string $subject, string $body): void
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = 'smtp.office365.com'; // tfl-eval: hardcoded-backing-service
        $mail->Port = 587;
        $mail->SMTPAuth = true;
        $mail->Username = getenv('SMTP_USER');
        $mail->Password = getenv('SMTP_PASSWORD');
        $mail->setFrom('support@tickets.example');
        $mail->addAddress($to);
        $mail->Subject = $subject;
        $mail->Body = $body;
        $mail->send();
    }
}
