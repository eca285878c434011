<?php

class Test_Submission extends WP_UnitTestCase {
	public function test_admin_can_export() {
		$admin = self::factory()->user->create( array( 'role' => 'administrator', 'user_pass' => 'export-admin-pw' ) ); // tfl-eval-not: hardcoded-credential
		wp_set_current_user( $admin );
		$this->assertTrue( current_user_can( 'export' ) );
	}
}
