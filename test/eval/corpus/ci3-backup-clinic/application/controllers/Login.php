<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Login extends CI_Controller
{
	public function index()
	{
		$this->load->library('form_validation');
		$this->form_validation->set_rules('password', 'Password', 'required|min_length[10]'); // tfl-eval-not: hardcoded-credential
		if ($this->form_validation->run() === FALSE) {
			$this->load->view('login', array('error' => 'Password is required')); // tfl-eval-not: hardcoded-credential
			return;
		}
		$this->load->model('staff_model');
		$this->staff_model->login($this->input->post('email'), $this->input->post('password'));
	}
}
