<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Auth extends CI_Controller
{
	public function login()
	{
		$this->load->library('form_validation');
		$this->form_validation->set_rules('password', 'Password', 'required|min_length[8]'); // tfl-eval-not: hardcoded-credential
		if ($this->form_validation->run() === FALSE) {
			$this->load->view('auth/login');
			return;
		}
		$password = $this->input->post('password'); // tfl-eval-not: hardcoded-credential
		$user = $this->users->find_by_email($this->input->post('email'));
		if (!$user || !password_verify($password, $user->password_hash)) {
			$this->session->set_flashdata('error', lang('auth_password'));
			redirect('auth/login');
		}
		redirect('books');
	}
}
