<?php

use PHPMailer\PHPMailer\PHPMailer;

class ShipFast_Mailer
{
    public static function send(string $to, string $subject, string $html): bool
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host       = 'email-smtp.us-east-1.amazonaws.com'; // tfl-eval: hardcoded-backing-service
        $mail->SMTPAuth   = true;
        $mail->Username   = 'AKIAZJQXQCYBWGOWRL6G'; // tfl-eval: hardcoded-credential
        $mail->Password   = 'BNm1EplIrWz6fCYhtcDWWyvw3CcBx9+3eaKS6HwIyQ'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port       = 587;
        $mail->setFrom('labels@shipfast.io', 'ShipFast');
        $mail->addAddress($to);
        $mail->Subject = $subject;
        $mail->msgHTML($html);
        return $mail->send();
    }
}
