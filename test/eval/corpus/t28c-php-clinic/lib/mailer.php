<?php
use PHPMailer\PHPMailer\PHPMailer;

function enviarLembrete($para, $corpo)
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'smtp.gmail.com'; // tfl-eval: hardcoded-backing-service
    $mail->SMTPAuth = true;
    $mail->Username = 'lembretes.clinica@gmail.com';
    $mail->Password = 'mptplfuqckubukcr'; // tfl-eval: hardcoded-credential
    $mail->SMTPSecure = 'tls';
    $mail->Port = 587;
    $mail->setFrom('lembretes.clinica@gmail.com', 'Clínica');
    $mail->addAddress($para);
    $mail->Body = $corpo;
    $mail->send();
}

function enviarInterno($para, $corpo)
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Username = getenv('SMTP_USER');
    $mail->Password = getenv('SMTP_PASS'); // tfl-eval-not: hardcoded-credential
    $mail->addAddress($para);
    $mail->Body = $corpo;
    $mail->send();
}
