<?php

namespace App\Services;

use GuzzleHttp\Client;
use PHPMailer\PHPMailer\PHPMailer;
use Stripe\Stripe;

class PaymentGateway
{
    private const PASSWORD_FIELD = 'password'; // tfl-eval-not: hardcoded-credential

    public function boot(): void
    {
        Stripe::setApiKey('sk_live_DIBVNCEzaoNEvhJcBHjq4GQO'); // tfl-eval: hardcoded-credential
    }

    public function depositService(): Client
    {
        return new Client([
            'base_uri' => 'https://deposits.rentals.app/api/',
            'auth' => ['rentals', 'Ezoyb74#5Reu'], // tfl-eval: hardcoded-credential
        ]);
    }

    public function receiptMailer(): PHPMailer
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = 'smtp.rentals.app'; // tfl-eval: hardcoded-backing-service
        $mail->SMTPAuth = true;
        $mail->Username = 'receipts@rentals.app';
        $mail->Password = 'Fajis28_TPm5'; // tfl-eval: hardcoded-credential
        $mail->Port = 587;
        return $mail;
    }

    public function insurer(): \PDO
    {
        return new \PDO('mysql:host=insurer-db;dbname=claims', 'claims', 'Gqbjf11_ys8w'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    }

    public function fromConfig(): \PDO
    {
        return new \PDO(config('insurer.dsn'), config('insurer.user'), config('insurer.password')); // tfl-eval-not: hardcoded-credential
    }
}
