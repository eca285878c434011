<?php
namespace Acme\Billing;

final class Kernel
{
    public function boot(): void {}
}
