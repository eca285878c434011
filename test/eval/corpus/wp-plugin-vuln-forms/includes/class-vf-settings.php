<?php

class VF_Settings {
	const OPTION = 'vuln_forms_settings';

	// The reCAPTCHA secret ships in the plugin: the audit's finding #3.
	const RECAPTCHA_SECRET = '6LcV8wQpAAAAAN3kTg7xQm2Rb9YzLw4Pv1Hs5DfJ'; // tfl-eval: hardcoded-credential

	public static function smtp_password() {
		return get_option( 'vf_smtp_password', '' );
	}

	public static function labels() {
		return array(
			'password' => __( 'Password', 'vuln-forms' ),
			'password_hint' => __( 'Use at least 12 characters.', 'vuln-forms' ),
		);
	}
}
