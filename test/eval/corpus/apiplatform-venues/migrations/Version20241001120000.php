<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20241001120000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE venue (id SERIAL PRIMARY KEY, name VARCHAR(160) NOT NULL, api_key_hash VARCHAR(64), status VARCHAR(16) NOT NULL)');
    }
}
