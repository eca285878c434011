<?php
namespace Outlet\Erp\Model;

use Magento\Framework\App\Config\ScopeConfigInterface;

class Connector
{
    const XML_PATH_API_KEY = 'outlet_erp/general/api_key'; // tfl-eval-not: hardcoded-credential
    const XML_PATH_PASSWORD = 'outlet_erp/general/password'; // tfl-eval-not: hardcoded-credential

    private $scopeConfig;
    private $soapPassword = 'Maple733#3fc'; // tfl-eval: hardcoded-credential

    public function __construct(ScopeConfigInterface $scopeConfig)
    {
        $this->scopeConfig = $scopeConfig;
    }

    public function client(): \SoapClient
    {
        return new \SoapClient('https://erp.outlet.example/ws?wsdl', [
            'login' => 'magento',
            'password' => $this->soapPassword,
        ]);
    }

    public function apiKey(): string
    {
        return (string) $this->scopeConfig->getValue(self::XML_PATH_API_KEY);
    }
}
