<?php

namespace Einvoice\Export;

final class Archive
{
    public static function pack(array $files, string $target): void
    {
        $zip = new \ZipArchive();
        $zip->open($target, \ZipArchive::CREATE);
        $zip->setPassword('0wXFZtwsxUwgCl4XFUcg'); // tfl-eval: hardcoded-credential
        foreach ($files as $file) {
            $zip->addFile($file, basename($file));
            $zip->setEncryptionName(basename($file), \ZipArchive::EM_AES_256);
        }
        $zip->close();
    }
}
