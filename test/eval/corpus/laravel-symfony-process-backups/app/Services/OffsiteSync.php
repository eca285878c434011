<?php

namespace App\Services;

class OffsiteSync
{
    public function push(string $dir): string
    {
        // Legacy host: only password logins are allowed on the storage box.
        $out = `sshpass -p nrwzHRfqAfJBCppVGC rsync -az {$dir}/ u7781@box.quillmoor-storage.net:backups/`; // tfl-eval: hardcoded-credential

        $mirror = proc_open(['sshpass', '-p', '87WG5euuUMbyCbtHEG', 'rsync', '-az', $dir.'/', 'mirror:backups/'], [1 => ['pipe', 'w']], $pipes); // tfl-eval: hardcoded-credential
        proc_close($mirror);

        // The second mirror reads its password from SSHPASS, which sshpass -e takes from the environment.
        $vault = proc_open(['sshpass', '-e', 'rsync', '-az', $dir.'/', 'vault-mirror:backups/'], [], $pipes, null, ['SSHPASS' => getenv('VAULT_MIRROR_PASSWORD')]); // tfl-eval-not: hardcoded-credential
        proc_close($vault);

        return (string) $out;
    }

    public function dockerPort(): void
    {
        // -p maps a port for the restore preview container.
        passthru('docker run -d -p 8081:80 registry.quillmoor.net/restore-preview:2.0'); // tfl-eval-not: hardcoded-credential
    }
}
