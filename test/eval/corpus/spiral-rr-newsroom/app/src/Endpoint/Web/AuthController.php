<?php

declare(strict_types=1);

namespace App\Endpoint\Web;

use App\Domain\Article\EditorRepository;
use Firebase\JWT\JWT;
use Spiral\Config\ConfiguratorInterface;
use Spiral\Router\Annotation\Route;
use Spiral\Translator\Traits\TranslatorTrait;

final class AuthController
{
    use TranslatorTrait;

    private const PASSWORD_FIELD = 'password'; // tfl-eval-not: hardcoded-credential
    private const ERROR_BAD_CREDENTIALS = 'Wrong e-mail or password'; // tfl-eval-not: hardcoded-credential

    public function __construct(
        private readonly EditorRepository $editors,
        private readonly ConfiguratorInterface $config,
    ) {
    }

    #[Route(route: '/api/login', name: 'auth.login', methods: 'POST')]
    public function login(array $body): array
    {
        $editor = $this->editors->findByEmail($body['email'] ?? '');
        if ($editor === null || !password_verify($body[self::PASSWORD_FIELD] ?? '', $editor->passwordHash)) {
            return ['status' => 401, 'error' => $this->say(self::ERROR_BAD_CREDENTIALS)];
        }
        $jwt = $this->config->getConfig('jwt');
        $token = JWT::encode(['sub' => $editor->id, 'iat' => time(), 'exp' => time() + $jwt['ttl']], $jwt['secret'], $jwt['algorithm']);

        return ['token' => $token, 'type' => 'Bearer']; // tfl-eval-not: hardcoded-credential
    }
}
