<?php

declare(strict_types=1);

namespace App\Domain\Article;

use Cycle\Annotated\Annotation\Column;
use Cycle\Annotated\Annotation\Entity;

#[Entity(repository: EditorRepository::class, table: 'editors')]
class Editor
{
    #[Column(type: 'primary')]
    public int $id;

    #[Column(type: 'string', unique: true)]
    public string $email;

    #[Column(type: 'string', name: 'password_hash')]
    public string $passwordHash; // tfl-eval-not: hardcoded-credential

    #[Column(type: 'string', nullable: true, name: 'api_token')]
    public ?string $apiToken = null; // tfl-eval-not: hardcoded-credential
}
