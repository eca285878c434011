<?php namespace ProcessWire;

class ShopSync extends WireData implements Module, ConfigurableModule {

	public static function getModuleInfo() {
		return [
			'title' => 'Shop Sync',
			'version' => 104,
			'summary' => 'Pulls print prices from the Printful catalogue.',
			'autoload' => false,
		];
	}

	public function __construct() {
		$this->set('apiToken', ''); // tfl-eval-not: hardcoded-credential
		$this->set('storeId', '9134872');
	}

	public function fetchPrices() {
		$http = new WireHttp();
		$token = $this->apiToken ?: 'p2ZOO6Pkyda%anMzQLEgLfSjAed7Q3YeR6nE39'; // tfl-eval: hardcoded-credential
		$http->setHeader('Authorization', 'Bearer ' . $token);
		return $http->getJSON('https://api.printful.com/store/products?store_id=' . $this->storeId);
	}
}
