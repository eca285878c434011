<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Buku extends CI_Controller {
	public function index() {
		$this->load->database();
		$data['buku'] = $this->db->get('buku')->result();
		$this->load->view('buku/index', $data);
	}
}
