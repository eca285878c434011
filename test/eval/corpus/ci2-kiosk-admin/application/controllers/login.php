<?php  if ( ! defined('BASEPATH')) exit('No direct script access allowed');

class Login extends CI_Controller {
    public function index()
    {
        $data['username'] = $this->input->post('username');
        $data['password_label'] = 'Password';
        $this->load->view('login', $data);
    }
}
