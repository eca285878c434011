<?php

namespace App\Security;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Security\Core\Exception\CustomUserMessageAuthenticationException;

final class ApiKeyAuthenticator
{
    public const HEADER = 'X-Venues-Key';
    private const MISSING_KEY = 'No API key provided';

    public function supports(Request $request): bool
    {
        return $request->headers->has(self::HEADER);
    }

    public function key(Request $request): string
    {
        $key = (string) $request->headers->get(self::HEADER);
        if ($key === '') {
            throw new CustomUserMessageAuthenticationException(self::MISSING_KEY);
        }
        return hash('sha256', $key);
    }
}
