<?php
declare(strict_types=1);

namespace Kiosk\Migrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240501120000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $this->addSql('CREATE TABLE orders (id SERIAL PRIMARY KEY, items JSONB NOT NULL, created_at TIMESTAMPTZ DEFAULT now())');
    }
}
