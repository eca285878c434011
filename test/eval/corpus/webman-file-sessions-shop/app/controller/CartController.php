<?php

namespace app\controller;

use support\Request;

class CartController
{
    public function add(Request $request)
    {
        $session = $request->session();
        $cart = $session->get('cart', []);
        $cart[] = (int) $request->post('sku');
        $session->set('cart', $cart);
        return json(['items' => count($cart)]);
    }
}
