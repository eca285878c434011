<?php

// managesieve server address, default is localhost.
$config['managesieve_host'] = 'localhost';

// authentication method. Can be CRAM-MD5, DIGEST-MD5, PLAIN, LOGIN, EXTERNAL
// or none. Optional, defaults to best method supported by server.
$config['managesieve_auth_type'] = 'PLAIN';

// Optional managesieve authentication identifier to be used as authorization proxy.
$config['managesieve_auth_cid'] = 'sieveadmin';

// Optional managesieve authentication password to be used for managesieve_auth_cid
$config['managesieve_auth_pw'] = 'S1eve!Proxy#552'; // tfl-eval: hardcoded-credential

$config['managesieve_vacation'] = 1;
