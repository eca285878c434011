<?php
declare(strict_types=1);

namespace App\Mailer;

use PHPMailer\PHPMailer\PHPMailer;

class TicketMailer
{
    public function send(string $to, string $pdf): bool
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = 'smtp.mailtrap.io'; // tfl-eval: hardcoded-backing-service
        $mail->SMTPAuth = true;
        $mail->Username = 'events-tickets';
        $mail->Password = '4c0db4beb67226'; // tfl-eval: hardcoded-credential
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port = 2525;
        $mail->setFrom('tickets@events.example', 'Event Tickets');
        $mail->addAddress($to);
        $mail->addStringAttachment($pdf, 'ticket.pdf');
        return $mail->send();
    }
}
