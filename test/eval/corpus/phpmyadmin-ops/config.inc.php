<?php
declare(strict_types=1);

$cfg['blowfish_secret'] = 'RQ94RC30nfx7IHRjjlQs2prCqVPpbCB6aurp9UcH'; // tfl-eval: hardcoded-credential

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'db-primary.ops.internal';
$cfg['Servers'][$i]['user'] = 'pma';
$cfg['Servers'][$i]['password'] = 'Saffron!7101zephyr'; // tfl-eval: hardcoded-credential
$cfg['Servers'][$i]['AllowNoPassword'] = false; // tfl-eval-not: hardcoded-credential

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
