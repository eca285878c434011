<?php
/**
 * Plugin Name: Club Bookings
 * Description: Boat and erg bookings for members.
 */

require_once __DIR__ . '/vendor/autoload.php';

use Katzgrau\KLogger\Logger;
use Psr\Log\LogLevel;

$club_bookings_log = new Logger( WP_CONTENT_DIR . '/uploads/club-bookings-logs', LogLevel::INFO ); // tfl-eval: file-logger

add_action( 'rest_api_init', function () use ( $club_bookings_log ) {
	register_rest_route( 'club/v1', '/bookings', array(
		'methods'             => 'POST',
		'permission_callback' => 'is_user_logged_in',
		'callback'            => function ( WP_REST_Request $request ) use ( $club_bookings_log ) {
			$club_bookings_log->info( 'booking', array( 'boat' => $request['boat'] ) );
			return rest_ensure_response( array( 'ok' => true ) );
		},
	) );
} );
