<?php
defined('BASEPATH') OR exit('No direct script access allowed');

class Payslips extends CI_Controller
{
	public function __construct()
	{
		parent::__construct();
		$this->load->library('encryption');
		$this->encryption->initialize(array(
			'cipher' => 'aes-256',
			'mode' => 'ctr',
			'key' => hex2bin('fdc8d9489d85bad60eb556b5817333dcaa038c559b2666657b3272b98601e39f'), // tfl-eval: hardcoded-credential
		));
	}

	public function download($id)
	{
		$payroll = $this->load->database('payroll', TRUE);
		$row = $payroll->get_where('payslips', array('id' => (int) $id))->row();
		$this->output->set_content_type('application/pdf')->set_output($this->encryption->decrypt($row->pdf));
	}
}
