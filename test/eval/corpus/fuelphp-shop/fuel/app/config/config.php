<?php
return array(
	'base_url'  => null,
	'index_file' => false,
	'profiling'  => false,
	'security' => array(
		'csrf_autoload'    => true,
		'csrf_token_key'   => 'fuel_csrf_token', // tfl-eval-not: hardcoded-credential
		'token_salt'       => 'Sh0p-t0ken-s4lt-XqL9', // tfl-eval: hardcoded-credential
		'uri_filter'       => array('htmlentities'),
		'output_filter'  => array('Security::htmlentities'),
	),
	'log_threshold'    => Fuel::L_WARNING,
);
