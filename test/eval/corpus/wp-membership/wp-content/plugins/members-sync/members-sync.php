<?php
/*
Plugin Name: Members Sync
*/

define( 'MEMBERS_SYNC_API_KEY_OPTION', 'members_sync_api_key' ); // tfl-eval-not: hardcoded-credential
define( 'MEMBERS_SYNC_LICENSE_KEY', '992062da18c8d85917cfbdf169868a67' ); // tfl-eval: hardcoded-credential

function members_sync_settings() {
	wp_nonce_field( 'members_sync_save', 'members_sync_nonce' );
	echo '<input type="password" name="api_key" value="" placeholder="' . esc_attr__( 'API key', 'members-sync' ) . '">'; // tfl-eval-not: hardcoded-credential
}

function members_sync_remote() {
	return wp_remote_post( 'https://crm.members.example/api/sync', array(
		'headers' => array( 'Authorization' => 'Bearer mjD0iEnX7KXJGCTAyZFebBNCZZDGvW5e' ), // tfl-eval: hardcoded-credential
	) );
}
