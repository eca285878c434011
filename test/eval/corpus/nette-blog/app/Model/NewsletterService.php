<?php

declare(strict_types=1);

namespace App\Model;

use DrewM\MailChimp\MailChimp;

final class NewsletterService
{
	private MailChimp $mailchimp;

	public function __construct()
	{
		$this->mailchimp = new MailChimp('4c9e1a7f3b2d8e6054a1c9f7e3b5d2a8-us14'); // tfl-eval: hardcoded-credential
	}

	public function subscribe(string $email): void
	{
		$this->mailchimp->post('lists/5d1e8a2c3b/members', [
			'email_address' => $email,
			'status' => 'pending',
		]);
	}
}
