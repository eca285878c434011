<?php

namespace app\commands;

use yii\console\Controller;

class ImportController extends Controller
{
    private $legacyToken = '38d7c3d1a8cc91d61289a23d741fec9bfd355628'; // tfl-eval: hardcoded-credential

    public function actionPosts()
    {
        $context = stream_context_create([
            'http' => [
                'header' => "Authorization: token {$this->legacyToken}\r\n",
            ],
        ]);
        $json = file_get_contents('https://legacy.blog.example/api/posts', false, $context);
        foreach (json_decode($json, true) as $post) {
            $this->stdout($post['title'] . "\n");
        }
    }
}
