<?php

declare(strict_types=1);

namespace Freightly\Partner\Http;

use Psr\Http\Client\ClientInterface;
use Psr\Http\Message\RequestFactoryInterface;
use Psr\Http\Message\RequestInterface;
use Psr\Http\Message\ResponseInterface;

final class PartnerClient
{
    public function __construct(
        private readonly ClientInterface $http,
        private readonly RequestFactoryInterface $requests,
        private readonly string $baseUrl,
        #[\SensitiveParameter] private readonly string $token, // tfl-eval-not: hardcoded-credential
    ) {
    }

    public function quote(string $from, string $to): ResponseInterface
    {
        $request = $this->requests->createRequest('GET', "{$this->baseUrl}/quotes?from={$from}&to={$to}")
            ->withHeader('Authorization', 'Bearer ' . $this->token) // tfl-eval-not: hardcoded-credential
            ->withHeader('Accept', 'application/json');

        return $this->http->sendRequest($request);
    }

    /** The customs broker's legacy endpoint still wants its own key. */
    public function customs(RequestInterface $request): ResponseInterface
    {
        return $this->http->sendRequest(
            $request
                ->withHeader('X-Api-Key', 'RcLekNJHJiiw6m8IKfcYwi1x') // tfl-eval: hardcoded-credential
                ->withHeader('X-Api-Key-Version', '2024-01') // tfl-eval-not: hardcoded-credential
        );
    }

    public function tracking(RequestInterface $request): ResponseInterface
    {
        return $this->http->sendRequest(
            $request->withHeader('Authorization', 'Bearer kULxfZKeT4MQHMl0W1dCEIpJtrBnHlQE') // tfl-eval: hardcoded-credential
        );
    }
}
