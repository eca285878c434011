<?php
require_once __DIR__ . '/settings.inc.php';

use PHPMailer\PHPMailer\PHPMailer;

function sd_mailer(): PHPMailer
{
    global $sd_settings;
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = $sd_settings['smtp_host_name'];
    $mail->Port = (int) $sd_settings['smtp_host_port'];
    $mail->SMTPSecure = $sd_settings['smtp_enc'];
    $mail->SMTPAuth = true;
    $mail->Username = $sd_settings['smtp_user'];
    $mail->Password = $sd_settings['smtp_password'];
    return $mail;
}
