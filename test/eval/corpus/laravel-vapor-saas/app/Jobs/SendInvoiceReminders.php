<?php

namespace App\Jobs;

use App\Models\Invoice;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Support\Facades\Log;

class SendInvoiceReminders implements ShouldQueue
{
    use Dispatchable, Queueable;

    public function handle(): void
    {
        Invoice::overdue()->with('customer')->lazy()->each(function (Invoice $invoice) {
            $invoice->customer->notify(new \App\Notifications\InvoiceOverdue($invoice));
            Log::info('reminder sent', ['invoice' => $invoice->id]);
        });
    }
}
