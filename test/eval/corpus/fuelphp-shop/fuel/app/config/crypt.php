<?php
return array (
  'crypto_key' => 'PzcAI7vr7JzIKedvGqOnuySZ', // tfl-eval: hardcoded-credential
  'crypto_iv' => 'b6cf05ee0fddbc1f96ffe513', // tfl-eval: hardcoded-credential
  'crypto_hmac' => 'zZZALfLJ58apIUhAxyBahxBx', // tfl-eval: hardcoded-credential
);
