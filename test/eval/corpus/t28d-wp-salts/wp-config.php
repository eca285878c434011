<?php
define( 'DB_NAME', 'parish' );
define( 'DB_USER', 'parish' );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '^u(S]D*2U,&R,B^^qv:q(ReO6G}*Ju,a(r#AERiXLoG&&~qzPr)*?zb^^Lx{P-J3' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_KEY',  '#@T.hLn=>5YVw*UBWmcKaH1RJ[)ViD_y vX-9CgA+29]+usEq%PvLZ7Tn*?#<jL/' ); // tfl-eval: hardcoded-credential
define( 'LOGGED_IN_KEY',    '/dv^8!(:S~#;y7@88~fW w0t4m(X[1/@ri)?fXkQ#4m[^Oqg5PSFM&lW(tZ5kcl' ); // tfl-eval: hardcoded-credential
define( 'NONCE_KEY',        '?okYs_i(0,q0)[|SSwDKqCDz;otW=uLApGGm)s*jkX2ke~~qc)?r=5Tdl<W_h(?' ); // tfl-eval: hardcoded-credential
define( 'AUTH_SALT',        ')][x8b8|fRw9~T3/WX/Q4ZHjI&dZB2+~52L7pP;-;QQFc5#ELw6(pz.3)+zARhk' ); // tfl-eval: hardcoded-credential
define( 'SECURE_AUTH_SALT', 'BexE7OQ>iH~Z3UA7!aYwvC9}*Ex@qA;p-U*ilfkBt>TRkp.Q[qyzB6,,{kGq>91' ); // tfl-eval: hardcoded-credential

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'PHONE_PATTERN', '^\+?(?:\d[\s-]?)*?\d{7,}$' ); // tfl-eval-not: hardcoded-credential
