<?php

declare(strict_types=1);

namespace App\Model;

use Nette;
use Nette\Security\Passwords;
use Nette\Security\SimpleIdentity;

final class Authenticator implements Nette\Security\Authenticator
{
	public const PASSWORD_MIN_LENGTH = 10; // tfl-eval-not: hardcoded-credential

	public function __construct(
		private Nette\Database\Explorer $database,
		private Passwords $passwords,
	) {
	}

	public function authenticate(string $username, string $password): SimpleIdentity
	{
		$row = $this->database->table('users')->where('username', $username)->fetch();
		if (!$row || !$this->passwords->verify($password, $row->password)) { // tfl-eval-not: hardcoded-credential
			throw new Nette\Security\AuthenticationException('The username or password you entered is incorrect.');
		}
		return new SimpleIdentity($row->id, $row->role, ['username' => $row->username]);
	}
}
