<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Auth extends CI_Controller
{
	public function login()
	{
		$this->form_validation->set_rules('identity', 'Identity', 'required');
		$this->form_validation->set_rules('password', 'Password', 'required|min_length[8]'); // tfl-eval-not: hardcoded-credential

		if ($this->form_validation->run() === FALSE) {
			$this->load->view('auth/login');
			return;
		}
		$password = $this->input->post('password'); // tfl-eval-not: hardcoded-credential
		$user = $this->user_model->find_by_email($this->input->post('identity'));
		if ($user && password_verify($password, $user->password_hash)) {
			$this->session->set_userdata('user_id', $user->id);
			redirect('dashboard');
		}
		$this->session->set_flashdata('message', $this->lang->line('login_unsuccessful'));
		redirect('auth/login');
	}
}
