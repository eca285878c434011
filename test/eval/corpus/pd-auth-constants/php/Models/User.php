<?php

namespace App\Models;

use Illuminate\Foundation\Auth\User as Authenticatable;
use Illuminate\Support\Facades\Hash;

class User extends Authenticatable
{
    protected $hidden = ['password', 'remember_token'];

    protected $casts = ['password' => 'hashed', 'api_token_expires_at' => 'datetime'];

    public const PASSWORD_RULES = 'required|string|min:12|confirmed';
    public const TOKEN_NAME = 'quay-cli';

    public function setPlainPassword(string $password): void
    {
        $this->password = Hash::make($password);
    }
}
