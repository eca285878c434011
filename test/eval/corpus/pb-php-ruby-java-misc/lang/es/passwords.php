<?php

return [
    'reset' => 'Su contraseña ha sido restablecida.',
    'sent' => 'Le hemos enviado por correo el enlace para restablecer su contraseña.',
    'token' => 'El token de recuperación de contraseña es inválido.',
    'secret' => 'Clave secreta',
];
