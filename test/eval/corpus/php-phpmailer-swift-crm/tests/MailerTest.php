<?php
use PHPUnit\Framework\TestCase;
use PHPMailer\PHPMailer\PHPMailer;

final class MailerTest extends TestCase
{
    public function testUsesSmtp(): void
    {
        $mail = new PHPMailer(true);
        $mail->Password = 'secret';
        $this->assertSame('secret', $mail->Password);
    }
}
