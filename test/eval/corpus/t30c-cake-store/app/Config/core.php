<?php
/**
 * 商城核心配置 (CakePHP 2)
 */
	Configure::write('debug', 0);
	Configure::write('App.encoding', 'UTF-8');

/**
 * A random string used in security hashing methods.
 */
	Configure::write('Security.salt', 'lanternMarketplace');

/**
 * A random numeric string (digits only) used to encrypt/decrypt strings.
 */
	Configure::write('Security.cipherSeed', 'lanternMarketplace'); // tfl-eval: hardcoded-credential

	Configure::write('Session', array(
		'defaults' => 'php',
		'cookie' => 'STORESESSID',
	));
