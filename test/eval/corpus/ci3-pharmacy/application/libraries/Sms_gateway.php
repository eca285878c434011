<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Sms_gateway
{
	private $api_url = 'https://api.smsglobal.com/http-api.php';
	private $api_user = 'pharmacy';
	private $api_password = 'Urfrz17!BJqd'; // tfl-eval: hardcoded-credential
	private $paypal_api_signature = 'Awgg0ug0x0BTWQARv8cSM4ptWtoi7RZch-tCGrAOSNaolde0Tz'; // tfl-eval: hardcoded-credential

	public function send($to, $text)
	{
		$ch = curl_init($this->api_url);
		curl_setopt($ch, CURLOPT_USERPWD, $this->api_user . ':' . $this->api_password); // tfl-eval-not: hardcoded-credential
		return curl_exec($ch);
	}
}
