<?php
class UsersControllerTest extends ControllerTestCase {
	public function testLogin() {
		$data = array('User' => array('email' => 'tech@example.com', 'passwd' => 'secret123')); // tfl-eval-not: hardcoded-credential
		$this->testAction('/users/login', array('data' => $data, 'method' => 'post'));
	}
}
