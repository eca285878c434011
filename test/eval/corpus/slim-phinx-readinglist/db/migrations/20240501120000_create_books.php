<?php

use Phinx\Migration\AbstractMigration;

final class CreateBooks extends AbstractMigration
{
    public function change(): void
    {
        $this->table('books')
            ->addColumn('owner_id', 'biginteger')
            ->addColumn('title', 'string')
            ->addColumn('author', 'string', ['null' => true])
            ->addColumn('read_at', 'datetime', ['null' => true])
            ->create();
    }
}
