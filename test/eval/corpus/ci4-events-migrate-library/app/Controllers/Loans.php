<?php

namespace App\Controllers;

class Loans extends BaseController
{
    private const RENEWAL_LIMITS = ['book' => 3, 'dvd' => 1]; // tfl-eval-not: memory-session-store

    public function index()
    {
        $member = session()->get('member_id');
        $loans = db_connect()->table('loans')->where('member_id', $member)->get()->getResultArray();

        return $this->response->setJSON($loans);
    }
}
