<?php

namespace Cart;

final class Catalogue
{
    public const PRICES = ['sencha' => 1200, 'oolong' => 1500, 'pu-erh' => 2100];
}
