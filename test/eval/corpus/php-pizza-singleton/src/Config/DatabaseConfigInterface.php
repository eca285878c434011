<?php

namespace PapaPizza\Config;

interface DatabaseConfigInterface
{
    public function getDatabaseName(): string;
}
