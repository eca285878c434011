<?php
class qa_mailgun_relay
{
	const API_BASE = 'https://api.eu.mailgun.net/v3/mg.q2a-community.dev';
	const API_KEY = '44c948809c5c8f81943e4fff3dcc4a07-109e58c8-218a8894'; // tfl-eval: hardcoded-credential

	public function option_default($option)
	{
		if ($option === 'mailgun_api_key') {
			return ''; // tfl-eval-not: hardcoded-credential
		}
		return null;
	}

	public function send($to, $subject, $body)
	{
		$ch = curl_init(self::API_BASE . '/messages');
		curl_setopt($ch, CURLOPT_USERPWD, 'api:' . self::API_KEY);
		curl_setopt($ch, CURLOPT_POSTFIELDS, ['from' => 'noreply@q2a-community.dev', 'to' => $to, 'subject' => $subject, 'text' => $body]);
		return curl_exec($ch);
	}
}
