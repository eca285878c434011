<?php
/** @var array $_ */
?>
<div id="acmesync-admin" class="section">
    <h2><?php p($l->t('Acme CRM sync')); ?></h2>
    <label for="crm-api-key"><?php p($l->t('API key')); ?></label>
    <input type="password" id="crm-api-key" value="<?php p($_['crm_api_key']); ?>" placeholder="<?php p($l->t('Paste the API key')); ?>"> <!-- tfl-eval-not: hardcoded-credential -->
</div>