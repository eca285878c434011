<?php
/** @var modX $modx */
$corePath = $modx->getOption('shopsync.core_path', null, $modx->getOption('core_path') . 'components/shopsync/');
$apiKey = $modx->getOption('shopsync.api_key', $scriptProperties, ''); // tfl-eval-not: hardcoded-credential
$shopSync = $modx->getService('shopsync', 'ShopSync', $corePath . 'model/');
if (!$shopSync) {
    return 'Could not load ShopSync';
}
return $modx->lexicon('shopsync.password_reset_sent'); // tfl-eval-not: hardcoded-credential
