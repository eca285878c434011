<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Sms_gateway
{
	protected $account_sid = 'ACde61226e6b5bcd5b88a5bff11bc029eb';
	protected $auth_token = 'e913133f9b5fd1ddfbcf63111724bec7'; // tfl-eval: hardcoded-credential
	protected $from = '+15005550006';

	public function send($to, $body)
	{
		$ch = curl_init('https://api.twilio.com/2010-04-01/Accounts/' . $this->account_sid . '/Messages.json');
		curl_setopt($ch, CURLOPT_USERPWD, $this->account_sid . ':' . $this->auth_token);
		curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('To' => $to, 'From' => $this->from, 'Body' => $body)));
		curl_setopt($ch, CURLOPT_RETURNTRANSFER, TRUE);
		return curl_exec($ch);
	}

	public function legacy_gateway($to, $body)
	{
		$ch = curl_init('https://sms.legacy.example/send');
		curl_setopt($ch, CURLOPT_USERPWD, 'school:Velvet662_bdl'); // tfl-eval: hardcoded-credential
		return curl_exec($ch);
	}
}
