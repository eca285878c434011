<?php defined('SYSPATH') or die('No direct script access.');

class Controller_User extends Controller_Template {

	public function action_login()
	{
		if ($this->request->method() === Request::POST)
		{
			$remember = (bool) $this->request->post('remember');
			$ok = Auth::instance()->login($this->request->post('username'), $this->request->post('password'), $remember); // tfl-eval-not: hardcoded-credential
			if ($ok)
			{
				$this->redirect('admin');
			}
			$this->template->error = __('Invalid username or password');
		}
	}
}
