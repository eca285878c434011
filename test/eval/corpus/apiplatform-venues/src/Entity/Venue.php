<?php

namespace App\Entity;

use ApiPlatform\Metadata\ApiResource;
use ApiPlatform\Metadata\Get;
use ApiPlatform\Metadata\GetCollection;
use ApiPlatform\Metadata\Post;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ApiResource(operations: [new Get(), new GetCollection(), new Post(security: "is_granted('ROLE_ADMIN')")])]
class Venue
{
    public const STATUS_OPEN = 'open';
    public const STATUS_CLOSED = 'closed';

    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    public ?int $id = null;

    #[ORM\Column(length: 160)]
    public string $name = '';

    #[ORM\Column(length: 64, nullable: true)]
    public ?string $apiKeyHash = null;

    #[ORM\Column(length: 16)]
    public string $status = self::STATUS_OPEN;
}
