<?php
/*
Plugin Name: Recipe Sync
*/

const RECIPE_SYNC_OPTION_KEY = 'recipe_sync_api_key'; // tfl-eval-not: hardcoded-credential

function recipe_sync_client() {
	$api_key = get_option( RECIPE_SYNC_OPTION_KEY ); // tfl-eval-not: hardcoded-credential
	return new \GuzzleHttp\Client( [
		'base_uri' => 'https://api.nutrition.example/',
		'headers'  => [ 'Authorization' => 'Bearer ' . $api_key ],
	] );
}

function recipe_sync_partner() {
	return wp_remote_get( 'https://partner.recipes.io/feed', array(
		'headers' => array(
			'Authorization' => 'Basic ' . base64_encode( 'recipes:Nvrbn46!P6B1' ), // tfl-eval: hardcoded-credential
		),
	) );
}

function recipe_sync_settings_field() {
	echo '<label for="api_key">' . esc_html__( 'API key', 'recipe-sync' ) . '</label>'; // tfl-eval-not: hardcoded-credential
	echo '<input type="password" name="api_key" placeholder="Enter your API key">'; // tfl-eval-not: hardcoded-credential
}

$mailchimp_api_key = 'bb0a3e34cd50fad39aa6745ba568e8cd-us14'; // tfl-eval: hardcoded-credential
