<?php
require __DIR__ . '/../vendor/autoload.php';

ini_set('session.save_handler', 'memcached'); // tfl-eval-not: memory-session-store
ini_set('session.save_path', getenv('MEMCACHED_SERVERS') ?: 'memcached:11211');
session_start(); // tfl-eval-not: memory-session-store

$twig = new \Twig\Environment(new \Twig\Loader\FilesystemLoader(__DIR__ . '/../templates'));
echo $twig->render('desk.html.twig', ['agent' => $_SESSION['agent'] ?? null]);
