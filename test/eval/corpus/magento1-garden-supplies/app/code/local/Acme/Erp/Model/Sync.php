<?php
class Acme_Erp_Model_Sync
{
    public function client()
    {
        $wsdl = Mage::getStoreConfig('acme_erp/api/endpoint');
        return new SoapClient($wsdl, array(
            'login'    => Mage::getStoreConfig('acme_erp/api/username'),
            'password' => Mage::helper('core')->decrypt(Mage::getStoreConfig('acme_erp/api/password')), // tfl-eval-not: hardcoded-credential
            'trace'    => true,
        ));
    }

    public function legacyClient()
    {
        return new SoapClient('https://erp-legacy.garden.example/soap?wsdl', array(
            'login'    => 'magento',
            'password' => 'Tbvo5xZBCPTgLXRU', // tfl-eval: hardcoded-credential
        ));
    }

    public function pushStock(array $rows)
    {
        $client = $this->client();
        $session = $client->login('magento', Mage::getStoreConfig('acme_erp/api/key')); // tfl-eval-not: hardcoded-credential
        $client->call($session, 'stock.update', array($rows));
    }
}
