<?php

declare(strict_types=1);

namespace App\Endpoint\Web;

use App\Domain\Article\ArticleRepository;
use Spiral\Router\Annotation\Route;

final class ArticleController
{
    /** Views per article since the worker started, flushed to the DB by FlushViewsCommand. */
    private static array $viewCounts = []; // tfl-eval: memory-session-store

    public function __construct(private readonly ArticleRepository $articles)
    {
    }

    #[Route(route: '/api/articles/<slug>', name: 'article.show', methods: 'GET')]
    public function show(string $slug): array
    {
        $article = $this->articles->findPublishedBySlug($slug);
        self::$viewCounts[$article->id] = (self::$viewCounts[$article->id] ?? 0) + 1;

        return $article->toArray();
    }
}
