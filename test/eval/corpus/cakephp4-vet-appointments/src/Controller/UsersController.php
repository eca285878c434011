<?php
declare(strict_types=1);

namespace App\Controller;

class UsersController extends AppController
{
    public function resetPassword(string $token)
    {
        $user = $this->Users->findByResetToken($token)->firstOrFail(); // tfl-eval-not: hardcoded-credential
        if ($this->request->is('post')) {
            $user->password = $this->request->getData('password'); // tfl-eval-not: hardcoded-credential
            $this->Flash->success(__('Your new password has been saved.')); // tfl-eval-not: hardcoded-credential
        }
        $this->set(compact('user'));
    }
}
