<?php
// Prontuário fields are encrypted before they reach the database.
function selar($texto)
{
    $iv = random_bytes(16);
    $cifrado = openssl_encrypt($texto, 'aes-256-cbc', 'SmbPvFUWVNFw5hF2YRqOj-1C2QDjMTbL', 0, $iv); // tfl-eval: hardcoded-credential
    return base64_encode($iv . $cifrado);
}

function abrir($dados)
{
    $bruto = base64_decode($dados);
    return openssl_decrypt(substr($bruto, 16), 'aes-256-cbc', getenv('PRONTUARIO_KEY'), 0, substr($bruto, 0, 16)); // tfl-eval-not: hardcoded-credential
}
