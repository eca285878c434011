<?php
return ['login' => 'bee', 'password' => 'bug']; // tfl-eval-not: hardcoded-credential
