<?php
declare(strict_types=1);

namespace App\Controller;

class UsersController extends AppController
{
    public function login()
    {
        $result = $this->Authentication->getResult();
        if ($this->request->is('post') && !$result->isValid()) {
            $this->Flash->error(__('Invalid username or password')); // tfl-eval-not: hardcoded-credential
        }
    }

    public function changePassword()
    {
        $user = $this->Users->get($this->Authentication->getIdentity()->id);
        $user = $this->Users->patchEntity($user, $this->request->getData(), ['fields' => ['password', 'password_confirm']]); // tfl-eval-not: hardcoded-credential
        if ($this->request->getData('password') === $this->request->getData('password_confirm')) {
            $this->Users->save($user);
        }
    }
}
