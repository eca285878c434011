<?php
$PMF_ES['hosts'] = ['https://es.kb.internal:9200'];
$PMF_ES['index'] = 'phpmyfaq';
