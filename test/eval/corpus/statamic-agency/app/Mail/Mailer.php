<?php

namespace App\Mail;

use PHPMailer\PHPMailer\PHPMailer;

final class Mailer
{
    public static function make(): PHPMailer
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = getenv('SMTP_HOST');
        $mail->SMTPAuth = true;
        $mail->Username = 'web@agency.example';
        $mail->Password = '*zd6-9HboEi8*gJH'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port = 587;
        return $mail;
    }
}
