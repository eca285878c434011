<?php
/**
 * Talks to the Mailbridge REST API.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Mailbridge_Api {

	const API_BASE = 'https://api.mailbridge.example/v2/';
	const DEFAULT_API_KEY = 'mb_Y4PCkjfBoNGwrpZLOmr5Anv0IxwmEu5BxpkBk4vt'; // tfl-eval: hardcoded-credential

	private $api_key;

	public function __construct( $api_key = '' ) {
		$this->api_key = $api_key ? $api_key : get_option( 'mailbridge_api_key', self::DEFAULT_API_KEY );
	}

	public function subscribe( $email, $list_id ) {
		return wp_remote_post(
			self::API_BASE . 'lists/' . rawurlencode( $list_id ) . '/members',
			array(
				'headers' => array(
					'Authorization' => 'Basic ' . base64_encode( 'wp:' . $this->api_key ),
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( array( 'email' => $email ) ),
			)
		);
	}

	public function legacy_ping() {
		return wp_remote_get(
			self::API_BASE . 'ping',
			array( 'headers' => array( 'Authorization' => 'Bearer 8d194db43a712a32e8ab970382273e5a8795f157' ) ) // tfl-eval: hardcoded-credential
		);
	}
}
