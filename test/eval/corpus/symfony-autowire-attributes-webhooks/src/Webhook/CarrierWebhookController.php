<?php

namespace App\Webhook;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class CarrierWebhookController extends AbstractController
{
    public function __construct(
        #[Autowire('%env(CARRIER_WEBHOOK_SECRET)%')] private readonly string $carrierSecret, // tfl-eval-not: hardcoded-credential
        #[Autowire(value: 'whk_9fB2xQ7mLz4cVt8nRw3kPj6s')] private readonly string $legacyWebhookSecret, // tfl-eval: hardcoded-credential
        #[Autowire(service: 'monolog.logger.webhooks')] private readonly \Psr\Log\LoggerInterface $logger,
        #[Autowire(param: 'kernel.project_dir')] private readonly string $projectDir,
    ) {
    }

    #[Route('/webhooks/carrier', name: 'carrier_webhook', methods: ['POST'])]
    public function __invoke(Request $request): Response
    {
        $signature = $request->headers->get('X-Carrier-Signature', '');
        $expected = hash_hmac('sha256', $request->getContent(), $this->carrierSecret ?: $this->legacyWebhookSecret);
        if (!hash_equals($expected, $signature)) {
            $this->logger->warning('bad webhook signature');
            return new Response('invalid signature', 401);
        }
        return new Response('', 204);
    }
}
