<?php defined('SYSPATH') or die('No direct script access.');

return array(
	'default' => array(
		'key'    => 'Xh3nRq8WvL2mTz6bPc9sKd4yFg7jAe1u', // tfl-eval: hardcoded-credential
		'cipher' => MCRYPT_RIJNDAEL_128,
		'mode'   => MCRYPT_MODE_NOFB,
	),
);
