<?php
namespace app\controller;

use think\facade\Session;
use think\Request;

class Order
{
    public function pick(Request $request)
    {
        $items = Session::get('kiosk_items', []);
        $items[] = $request->param('item');
        Session::set('kiosk_items', $items);
        return json(['count' => count($items)]);
    }
}
