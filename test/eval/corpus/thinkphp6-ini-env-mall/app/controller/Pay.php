<?php
declare (strict_types = 1);

namespace app\controller;

use think\facade\Env;

class Pay
{
    public function notify()
    {
        $appSecret = Env::get('wechat.appsecret'); // tfl-eval-not: hardcoded-credential
        $sign = strtoupper(md5(http_build_query(request()->post()) . '&key=' . $appSecret));
        return json(['code' => $sign === request()->post('sign') ? 'SUCCESS' : 'FAIL']);
    }
}
