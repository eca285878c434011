<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

function mailbridge_render_settings() {
	$api_key = get_option( 'mailbridge_api_key', '' ); // tfl-eval-not: hardcoded-credential
	?>
	<form method="post" action="options.php">
		<?php settings_fields( 'mailbridge' ); ?>
		<label for="mailbridge_api_key"><?php esc_html_e( 'API key', 'mailbridge' ); ?></label>
		<input type="password" id="mailbridge_api_key" name="mailbridge_api_key" value="<?php echo esc_attr( $api_key ); ?>" />
		<p class="description"><?php esc_html_e( 'Find your secret key under Account > API.', 'mailbridge' ); ?></p>
		<?php submit_button( __( 'Save password', 'mailbridge' ) ); ?>
	</form>
	<?php
}

function mailbridge_activate() {
	add_option( 'mailbridge_webhook_secret', wp_generate_password( 32, false ) ); // tfl-eval-not: hardcoded-credential
	update_option( 'mailbridge_smtp_password', 'Pebble#2631kestrel' ); // tfl-eval: hardcoded-credential
}
register_activation_hook( __FILE__, 'mailbridge_activate' );
