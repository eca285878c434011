<?php

declare(strict_types=1);

namespace Migration;

use Cycle\Migrations\Migration;

class OrmDefault0f1c7a2e extends Migration
{
    protected const DATABASE = 'default';

    public function up(): void
    {
        $this->table('editors')
            ->addColumn('id', 'primary')
            ->addColumn('email', 'string', ['nullable' => false, 'size' => 191])
            ->addColumn('password_hash', 'string', ['nullable' => false])
            ->addColumn('api_token', 'string', ['nullable' => true, 'size' => 64])
            ->addIndex(['email'], ['unique' => true])
            ->create();
    }

    public function down(): void
    {
        $this->table('editors')->drop();
    }
}
