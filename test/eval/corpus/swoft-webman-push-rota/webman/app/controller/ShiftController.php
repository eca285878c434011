<?php

namespace app\controller;

use support\Request;
use Webman\Push\Api;

class ShiftController
{
    public function publish(Request $request)
    {
        $api = new Api(
            'http://127.0.0.1:3232',
            config('plugin.webman.push.app.app_key'), // tfl-eval-not: hardcoded-credential
            config('plugin.webman.push.app.app_secret') // tfl-eval-not: hardcoded-credential
        );
        $api->trigger('private-rota-' . $request->get('team'), 'shift-changed', [
            'shift' => $request->get('shift'),
        ]);

        return json(['ok' => true]);
    }

    public function legacyPublish(Request $request)
    {
        $api = new Api('http://127.0.0.1:3232', '22793a4ef63167e4f00c24f0c54df192', 'b67e1122d205c28faf23fec5f1632ff1'); // tfl-eval: hardcoded-credential
        $api->trigger('rota', 'ping', []);

        return json(['ok' => true]);
    }
}
