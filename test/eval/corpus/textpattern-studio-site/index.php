<?php
if (!defined('txpath')) {
    define("txpath", dirname(__FILE__).'/textpattern');
}
include txpath.'/config.php';
include txpath.'/publish.php';
textpattern();
