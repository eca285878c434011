<?php

class Mag_Settings_Page {
	public function render() {
		$settings = get_option( MAG_NEWSLETTER_OPTION_KEY, array() );
		?>
		<form method="post" action="options.php">
			<label for="api_key"><?php esc_html_e( 'Mailchimp API key', 'mag-newsletter' ); ?></label>
			<input type="password" id="api_key" name="mag_newsletter_settings[api_key]" value="<?php echo esc_attr( $settings['api_key'] ?? '' ); ?>" />
			<p class="description"><?php esc_html_e( 'Find your API key under Account > Extras > API keys.', 'mag-newsletter' ); ?></p>
		</form>
		<?php
	}

	public function sanitize( $input ) {
		$clean             = array();
		$clean['api_key']  = sanitize_text_field( $input['api_key'] ?? '' ); // tfl-eval-not: hardcoded-credential
		$clean['password'] = ''; // tfl-eval-not: hardcoded-credential
		$message           = __( 'Your password has been reset.', 'mag-newsletter' ); // tfl-eval-not: hardcoded-credential
		add_settings_error( 'api_key', 'invalid_api_key', __( 'Invalid API key', 'mag-newsletter' ) );
		return $clean;
	}
}
