<?php
/* Copyright (C) 2023 Ateliers Martin */

require_once DOL_DOCUMENT_ROOT.'/core/lib/geturl.lib.php';

/**
 * Class to create shipping labels through the shipcloud API
 */
class Shipcloud
{
	public $db;
	public $error = '';
	private $apiUrl = 'https://api.shipcloud.io/v1';
	private $apiKey = 'a3f9c1e7b5d24086f1e3c7a9b4d2e6f8'; // tfl-eval: hardcoded-credential

	public function __construct($db)
	{
		$this->db = $db;
		if (getDolGlobalString('SHIPCLOUD_API_KEY')) {
			$this->apiKey = getDolGlobalString('SHIPCLOUD_API_KEY'); // tfl-eval-not: hardcoded-credential
		}
	}

	public function createLabel($shipment)
	{
		$headers = array(
			'Content-Type: application/json',
			'Authorization: Basic '.base64_encode($this->apiKey.':'),
		);
		$result = getURLContent($this->apiUrl.'/shipments', 'POST', json_encode($shipment), 1, $headers);
		return json_decode($result['content'], true);
	}
}
