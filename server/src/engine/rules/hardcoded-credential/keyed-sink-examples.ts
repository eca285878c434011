// Library calls that take a key or a password at a known position, found by round 28's held-out batch (issue #9):
// the aes gem's `AES.encrypt(data, '…')`, ruby-mysql's positional login, ruby-gmail's `Gmail.connect(user, '…')`;
// gomail and gin's legacy sessions imported by their second paths (languages/go-import-aliases.ts); SDKs built
// by a lowercase factory (`yelp.client('…')`, `Client::make('…')`); an anonymous FTP login stays silent. Values generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const KEYED_SINK_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  ruby: {
    valid: [
      {
        name: 'keys and logins read from the environment, a fresh AES key, an XOAUTH2 Gmail login, anonymous FTP, a local root with no password',
        path: 'scripts/nightly.rb',
        code: `require 'aes'
require 'mysql'
require 'gmail'
require 'net/ftp'

token = AES.encrypt(id.to_s, ENV.fetch('SHARE_KEY'))
preview = AES.encrypt('preview', AES.key)
db = Mysql.new(ENV['DB_HOST'], ENV['DB_USER'], ENV['DB_PASS'], 'sales')
dev = Mysql.new('localhost', 'root', '', 'sales_dev')
owner = Gmail.connect(:xoauth2, 'owner.shop@gmail.com', ENV['GMAIL_OAUTH_TOKEN'])
mirror = Net::FTP.new('mirror.example.org', 'anonymous', 'Tq8vLm2Zr9xKw4Pn')
mirror.login('anonymous', 'Tq8vLm2Zr9xKw4Pn')
`,
      },
    ],
    invalid: [
      {
        name: "the aes gem's key, ruby-mysql's positional password (with or without parentheses), ruby-gmail's password",
        path: 'scripts/nightly.rb',
        code: `require 'aes'
require 'mysql'
require 'gmail'

token = AES.encrypt(id.to_s, ⟦'FRZn9zD0ClV5wVmL'⟧)
id = AES.decrypt(token, ⟦'FRZn9zD0ClV5wVmL'⟧)
db = Mysql.new 'db.internal', 'reporter', ⟦'wt8KfebaDrZ0_2yFcB'⟧, 'sales'
archive = Mysql.real_connect('archive.internal', 'reporter', ⟦'A7qoxd5Y_1B1ud5Hmk'⟧, 'archive')
gmail = Gmail.connect('reports.shop@gmail.com', ⟦'SmbPvFUWVNFw5hF2'⟧)
`,
        severity: 'error',
        confidence: 'sink',
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'an anonymous FTP login (any password, by custom an e-mail), a cloud SDK client named by its service',
        path: 'jobs/mirror.py',
        code: `import ftplib
import boto3

ftp = ftplib.FTP("mirror.example.org", "anonymous", "guest@")
ftp.login("anonymous", "guest@")
s3 = boto3.client("s3")
`,
      },
    ],
    invalid: [
      {
        name: "an SDK module's lowercase client factory given one generated key",
        path: 'bot/places.py',
        code: `import yelpish

places = yelpish.client(⟦"Zj2aGyXE0V6shKn1MFKYe5uPOLLCDVW89zUtwo1c"⟧)
`,
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'client factories given the environment, a name or options',
        path: 'commands/food.js',
        code: `const yelp = require('yelp-fusion');
const { createClient } = require('redis');
const weather = require('openweather-client');

const client = yelp.client(process.env.YELP_API_KEY);
const cache = createClient({ url: process.env.REDIS_URL });
const demo = weather.createClient('demo');
`,
      },
    ],
    invalid: [
      {
        name: "yelp-fusion's yelp.client('…') and a vendor's createClient('…') given one long generated key",
        path: 'commands/food.js',
        code: `const yelp = require('yelp-fusion');
const weather = require('openweather-client');

const client = yelp.client(⟦'PXMNp6b5VzGQHrHQGYy-zfw6CKWhH063GG6MZ-xF8Hhyr80lrz9lDyi8WjritiAZpOdz8w7mWKK'⟧);
const forecast = weather.createClient(⟦'Zj2aGyXE0V6shKn1MFKYe5uPOLLCDVW89zUtwo1c'⟧);
`,
        severity: 'error',
      },
    ],
  },
  php: {
    valid: [
      {
        name: "Laravel facades' make and a client factory given the environment",
        path: 'app/sms.php',
        code: `<?php
use Clinic\\Sms\\Client;

$sms = Client::make(getenv('SMS_API_KEY'));
$view = View::make('agenda.index');
$rules = Validator::make($data, ['phone' => 'required']);
`,
      },
    ],
    invalid: [
      {
        name: "an SMS client's static make given one generated key",
        path: 'app/sms.php',
        code: `<?php
use Clinic\\Sms\\Client;

$sms = Client::make(⟦'9vfgw19_0cAjcgebTlEOdPnvCrvcQfihyr3ggK9f'⟧);
`,
        severity: 'error',
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'gomail by its GitHub path and the legacy gin sessions, both given the environment',
        path: 'mail/code.go',
        code: `package mail

import (
	"os"

	"github.com/gin-gonic/contrib/sessions"
	"github.com/go-gomail/gomail"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

func dialer() *gomail.Dialer {
	return gomail.NewDialer("smtp.163.com", 465, os.Getenv("MAIL_USER"), os.Getenv("MAIL_AUTH_CODE"))
}
`,
      },
    ],
    invalid: [
      {
        name: "gomail by its GitHub path given a QQ mailbox's authorization code, the legacy gin sessions' cookie key",
        path: 'mail/code.go',
        code: `package mail

import (
	"github.com/gin-gonic/contrib/sessions"
	"github.com/go-gomail/gomail"
)

var store = sessions.NewCookieStore([]byte(⟦"wt8KfebaDrZ0_2yFcB6yhw"⟧))

func dialer() *gomail.Dialer {
	return gomail.NewDialer("smtp.qq.com", 465, "10001@qq.com", ⟦"anrczbetqplcmiag"⟧)
}

var legacy = gomail.NewPlainDialer("smtp.163.com", 465, "alerts@163.com", ⟦"mptplfuqckubukcr"⟧)
`,
        severity: 'error',
      },
    ],
  },
};
