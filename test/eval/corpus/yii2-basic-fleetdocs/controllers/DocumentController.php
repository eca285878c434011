<?php

namespace app\controllers;

use Yii;
use yii\web\Controller;

class DocumentController extends Controller
{
    /** Document kinds; a constant list. */
    private const KINDS = ['reg' => 'Registration', 'ins' => 'Insurance', 'mot' => 'Inspection']; // tfl-eval-not: memory-session-store

    public function actionView(string $id)
    {
        Yii::$app->session->set('lastDocument', $id);
        $url = Yii::$app->storage->client()->createPresignedRequest(
            Yii::$app->storage->client()->getCommand('GetObject', ['Bucket' => 'papers', 'Key' => $id . '.pdf']),
            '+20 minutes'
        )->getUri();
        return $this->redirect((string) $url);
    }
}
