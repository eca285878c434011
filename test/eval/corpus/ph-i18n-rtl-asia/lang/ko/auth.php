<?php

return [
    'failed' => '입력하신 정보가 일치하지 않습니다.',
    'password' => '비밀번호가 올바르지 않습니다.',
    'secret' => '비밀 키',
];
