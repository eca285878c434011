<?php

class Mag_Mailchimp_Client {
	const API_VERSION = '3.0';
	const AUTH_HEADER = 'Authorization'; // tfl-eval-not: hardcoded-credential
	const WEBHOOK_SECRET = 'PfPuSGp40sFtBXpcKZqpigNV8fFLf3hR'; // tfl-eval: hardcoded-credential

	private $api_key;
	private $sendgrid_key = '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'; // tfl-eval: hardcoded-credential
	private $token_option = 'mag_newsletter_token'; // tfl-eval-not: hardcoded-credential

	public function __construct( $api_key ) {
		$this->api_key = $api_key;
	}

	private function datacenter() {
		$parts = explode( '-', $this->api_key );
		return end( $parts );
	}

	public function subscribe( $list_id, $email ) {
		$response = wp_remote_post(
			'https://' . $this->datacenter() . '.api.mailchimp.com/' . self::API_VERSION . '/lists/' . $list_id . '/members',
			array(
				'headers' => array(
					self::AUTH_HEADER => 'Basic ' . base64_encode( 'user:' . $this->api_key ),
				),
				'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return false;
		}
		return 200 === wp_remote_retrieve_response_code( $response );
	}

	public function verify_webhook( $payload, $signature ) {
		return hash_equals( hash_hmac( 'sha256', $payload, self::WEBHOOK_SECRET ), $signature );
	}
}
