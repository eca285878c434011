<?php

namespace Database\Seeders;

use App\Models\Gateway;
use Illuminate\Database\Seeder;

class PaymentGatewaySeeder extends Seeder
{
    public function run(): void
    {
        Gateway::create([
            'name' => 'stripe',
            'secret' => 'sk_live_nuYZ21xiVDaxWpb03INlNLeV', // tfl-eval: hardcoded-credential
        ]);
    }
}
