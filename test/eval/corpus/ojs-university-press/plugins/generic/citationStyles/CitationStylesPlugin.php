<?php

namespace APP\plugins\generic\citationStyles;

use PKP\config\Config;
use PKP\plugins\GenericPlugin;

class CitationStylesPlugin extends GenericPlugin
{
    public const SETTING_API_KEY = 'crossrefApiKey';

    public function register($category, $path, $mainContextId = null)
    {
        $success = parent::register($category, $path, $mainContextId);
        if ($success && $this->getEnabled($mainContextId)) {
            $this->apiKey = $this->getSetting($mainContextId, self::SETTING_API_KEY) ?: Config::getVar('crossref', 'api_key');
        }
        return $success;
    }

    public function getDisplayName()
    {
        return __('plugins.generic.citationStyles.displayName');
    }
}
