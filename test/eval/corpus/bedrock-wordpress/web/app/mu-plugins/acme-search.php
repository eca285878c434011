<?php
/**
 * Plugin Name: Acme Search
 * Description: Sends posts to the search index on save.
 */

add_action('save_post', function (int $postId): void {
    $client = \Algolia\AlgoliaSearch\SearchClient::create('9XEU5Z693E', '7e5a87a22f3118779445567b0139bdb3'); // tfl-eval: hardcoded-credential
    $client->initIndex('posts')->saveObject(['objectID' => $postId, 'title' => get_the_title($postId)]);
});

add_filter('login_message', fn () => '<p>Forgot your password? Contact IT.</p>'); // tfl-eval-not: hardcoded-credential