<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class CorreiosClient
{
    private string $usuario = 'lojavirtual';
    private string $senha = 'kLqJ84dHF8iZmYVY'; // tfl-eval: hardcoded-credential
    private string $cartaoPostagem = '0067599079';

    public function token(): string
    {
        $resposta = Http::withBasicAuth($this->usuario, $this->senha) // tfl-eval-not: hardcoded-credential
            ->post('https://api.correios.com.br/token/v1/autentica/cartaopostagem', ['numero' => $this->cartaoPostagem]);

        return $resposta->json('token');
    }
}
