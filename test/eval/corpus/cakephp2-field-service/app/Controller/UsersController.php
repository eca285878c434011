<?php
App::uses('AppController', 'Controller');

class UsersController extends AppController {

	public $components = array(
		'Auth' => array(
			'authenticate' => array('Form' => array('passwordHasher' => 'Blowfish', 'fields' => array('username' => 'email', 'password' => 'passwd'))), // tfl-eval-not: hardcoded-credential
		),
	);

	public function login() {
		if ($this->request->is('post')) {
			if ($this->Auth->login()) {
				return $this->redirect($this->Auth->redirectUrl());
			}
			$this->Session->setFlash(__('Invalid email or password, try again')); // tfl-eval-not: hardcoded-credential
		}
	}
}
