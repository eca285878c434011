<?php
	Configure::write('debug', 0);
	Configure::write('Error', array(
		'handler' => 'ErrorHandler::handleError',
		'level' => E_ALL & ~E_DEPRECATED,
		'trace' => true
	));
	Configure::write('App.encoding', 'UTF-8');

/**
 * A random string used in security hashing methods.
 */
	Configure::write('Security.salt', 'H97TRc2dXhLpETI0FwtaCF6lMd4WUoJXEe2KbmjK'); // tfl-eval: hardcoded-credential

/**
 * A random numeric string (digits only) used to encrypt/decrypt strings.
 */
	Configure::write('Security.cipherSeed', '71198413404965131941179796056'); // tfl-eval: hardcoded-credential

	Configure::write('Session', array(
		'defaults' => 'php'
	));

	Configure::write('Maps.apiKey', env('MAPS_API_KEY')); // tfl-eval-not: hardcoded-credential
	Configure::write('Dispatch.smsToken', '5f7867bfc2ea9be9df7bd2733229581a'); // tfl-eval: hardcoded-credential
