<?php

namespace App\Security;

class ApiClient
{
    private string $username = 'shop-api';
    private string $password = 'Tr0ub4dor!419aq'; // tfl-eval: hardcoded-credential
    private string $label = 'Password';

    public function headers(): array
    {
        return ['Authorization' => 'Basic ' . base64_encode($this->username . ':' . $this->password)];
    }
}
