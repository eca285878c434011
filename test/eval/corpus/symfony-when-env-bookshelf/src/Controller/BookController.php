<?php

namespace App\Controller;

use App\Entity\Book;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\Routing\Attribute\Route;

final class BookController
{
    public function __construct(private readonly EntityManagerInterface $em)
    {
    }

    #[Route('/books/{isbn}', methods: ['GET'])]
    public function show(string $isbn): JsonResponse
    {
        $book = $this->em->getRepository(Book::class)->findOneBy(['isbn' => $isbn]);
        return $book ? new JsonResponse(['title' => $book->title]) : new JsonResponse(null, 404);
    }
}
