<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Isbn_lookup
{
	const API_KEY = 'zxucIiSzshVYF4mvAZbo3JfC9tnWoYV2TC8iX8gl'; // tfl-eval: hardcoded-credential
	private static $apiSecret = '791ec02c1e8ca3821daee583027a265e'; // tfl-eval: hardcoded-credential
	protected $endpoint = 'https://api2.isbndb.com/book/';

	public function find($isbn)
	{
		$ch = curl_init($this->endpoint . urlencode($isbn));
		curl_setopt($ch, CURLOPT_HTTPHEADER, array('Authorization: ' . self::API_KEY, 'X-Signature: ' . hash_hmac('sha256', $isbn, self::$apiSecret)));
		curl_setopt($ch, CURLOPT_RETURNTRANSFER, TRUE);
		$body = curl_exec($ch);
		curl_close($ch);
		return json_decode($body, TRUE);
	}
}
