<?php

namespace App\Controllers;

use App\Libraries\Hmac;

class Vouchers extends BaseController
{
    public function callback()
    {
        $body = $this->request->getBody();
        $sig = $this->request->getHeaderLine('X-Store-Signature');
        if (!hash_equals(hash_hmac(Hmac::ALGO, $body, Hmac::KEY), $sig)) {
            return $this->response->setStatusCode(401);
        }
        $encrypter = service('encrypter');
        $token = $encrypter->encrypt($body);
        return $this->response->setJSON(['ok' => true, 'ref' => bin2hex($token)]);
    }
}
