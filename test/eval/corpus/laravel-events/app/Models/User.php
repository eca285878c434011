<?php

namespace App\Models;

use Illuminate\Foundation\Auth\User as Authenticatable;

class User extends Authenticatable
{
    protected $fillable = ['name', 'email', 'password'];

    protected $hidden = ['password', 'remember_token']; // tfl-eval-not: hardcoded-credential

    protected $casts = [
        'email_verified_at' => 'datetime',
        'password' => 'hashed', // tfl-eval-not: hardcoded-credential
    ];
}
