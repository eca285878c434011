<?php

namespace Events\Controller;

use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

class AuthController
{
    const PASSWORD_MIN_LENGTH = 10; // tfl-eval-not: hardcoded-credential
    const RESET_TOKEN_PARAM = 'reset_token'; // tfl-eval-not: hardcoded-credential

    public function reset(Request $request)
    {
        $token = $request->get(self::RESET_TOKEN_PARAM);
        if (strlen($request->get('password')) < self::PASSWORD_MIN_LENGTH) {
            return new JsonResponse(array('error' => 'Password too short'), 422); // tfl-eval-not: hardcoded-credential
        }
        return new JsonResponse(array('token' => $token));
    }
}
