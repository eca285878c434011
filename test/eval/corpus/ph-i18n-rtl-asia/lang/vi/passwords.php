<?php

return [
    'reset' => 'Mật khẩu của bạn đã được đặt lại.',
    'password' => 'Mật khẩu',
    'token' => 'Mã đặt lại mật khẩu không hợp lệ.',
];
