<?php
/*
Plugin Name: Stats Export
Description: Pushes click stats to the analytics warehouse
Version: 1.2
*/

yourls_add_action( 'redirect_shorturl', 'stats_export_push' );

function stats_export_push( $args ) {
	$signature = yourls_auth_signature(); // tfl-eval-not: hardcoded-credential
	yourls_http_post( 'https://warehouse.links.example/ingest', [ 'X-Ingest-Key' => 'nFtjnz5AB9soBEE1cpfi' ], [ 'url' => $args[0] ] ); // tfl-eval: hardcoded-credential
}
