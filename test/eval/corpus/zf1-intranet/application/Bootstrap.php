<?php

class Bootstrap extends Zend_Application_Bootstrap_Bootstrap
{
    protected function _initAutoload()
    {
        $autoloader = Zend_Loader_Autoloader::getInstance();
        $autoloader->registerNamespace('Intranet_');
        return $autoloader;
    }

    protected function _initDocumentStore()
    {
        // Scanned HR documents are archived in S3.
        $s3 = new Zend_Service_Amazon_S3('AKIAJ7Q2M4XRZ5TLW3NQ', 'mI0XInjAHHODD8J3iBdhxiqVKyJM3CDgnLM6wjZ2'); // tfl-eval: hardcoded-credential
        Zend_Registry::set('s3', $s3);
        return $s3;
    }

    protected function _initTranslate()
    {
        $translate = new Zend_Translate('array', APPLICATION_PATH . '/languages/de.php', 'de');
        Zend_Registry::set('Zend_Translate', $translate);
        return $translate;
    }
}
