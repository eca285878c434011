<?php

namespace Controllers;

class Guestbook
{
    public function index(\Base $f3)
    {
        $entries = new \DB\SQL\Mapper($f3->get('DB'), 'entries');
        $f3->set('entries', $entries->find(['approved=1'], ['order' => 'created DESC', 'limit' => 50]));
        echo \Template::instance()->render('guestbook.htm');
    }

    public function sign(\Base $f3)
    {
        $recaptcha = new \ReCaptcha\ReCaptcha($f3->get('recaptcha.secret'));
        $check = $recaptcha->verify($f3->get('POST.g-recaptcha-response'), $f3->get('IP'));
        if (!$check->isSuccess()) {
            $f3->error(400, 'Captcha failed');
        }
        $entry = new \DB\SQL\Mapper($f3->get('DB'), 'entries');
        $entry->copyfrom('POST', fn ($key) => in_array($key, ['name', 'message'], true));
        $entry->save();
        // Moderation mails go out through the hosting provider's SMTP relay.
        $smtp = new \SMTP('smtp.hosting.example', 465, 'ssl', 'guestbook@example.org', 'Gb$mtp-2016'); // tfl-eval: hardcoded-credential
        $smtp->set('To', 'moderator@example.org');
        $smtp->set('Subject', 'New guestbook entry');
        $smtp->send('A new entry waits for approval.');
        $f3->reroute('/');
    }
}
