<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class CadastroRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'nome' => 'required|min:3|max:80',
            'email' => 'required|email|unique:clientes,email',
            'senha' => 'required|min:8|confirmed', // tfl-eval-not: hardcoded-credential
        ];
    }

    public function attributes(): array
    {
        return [
            'senha' => 'Senha', // tfl-eval-not: hardcoded-credential
            'senha_confirmation' => 'Confirmação da senha', // tfl-eval-not: hardcoded-credential
        ];
    }

    public function dados(): array
    {
        return ['nome' => $this->nome, 'email' => $this->email, 'senha' => bcrypt($this->senha)]; // tfl-eval-not: hardcoded-credential
    }
}
