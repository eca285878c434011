<?php
$languageStrings = array(
    'LBL_CHANGE_PASSWORD' => 'Passwort ändern',
    'LBL_OLD_PASSWORD' => 'Altes Passwort',
    'Access Key' => 'Zugriffsschlüssel',
    'LBL_ACCESS_KEY' => 'Webservice-Zugriffsschlüssel',
);
