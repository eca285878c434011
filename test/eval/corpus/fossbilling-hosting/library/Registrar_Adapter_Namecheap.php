<?php

class Registrar_Adapter_Namecheap extends Registrar_AdapterAbstract
{
    protected $config = [
        'apiUser' => null,
        'apiKey' => null,
    ];

    public function __construct($options)
    {
        if (empty($options['apiKey'])) {
            throw new Registrar_Exception('The ":domain_registrar" domain registrar is not fully configured. Please configure the :missing', [':domain_registrar' => 'Namecheap', ':missing' => 'API key'], 3001);
        }
        $this->config['apiUser'] = $options['apiUser'];
        $this->config['apiKey'] = $options['apiKey'];
    }

    public static function getConfig()
    {
        return [
            'label' => 'Manages domains on Namecheap via API.',
            'form' => [
                'apiUser' => ['text', ['label' => 'API user', 'description' => 'Your Namecheap user name']],
                'apiKey' => ['password', ['label' => 'API key', 'description' => 'Namecheap API key', 'renderPassword' => true]],
            ],
        ];
    }
}
