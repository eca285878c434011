<?php

namespace App\Form;

use Symfony\Component\Form\AbstractType;
use Symfony\Component\Form\Extension\Core\Type\PasswordType;
use Symfony\Component\Form\Extension\Core\Type\RepeatedType;
use Symfony\Component\Form\FormBuilderInterface;
use Symfony\Component\Validator\Constraints\Length;

class RegistrationFormType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options): void
    {
        $builder
            ->add('email')
            ->add('plainPassword', RepeatedType::class, [ // tfl-eval-not: hardcoded-credential
                'type' => PasswordType::class,
                'mapped' => false,
                'first_options' => ['label' => 'Password'], // tfl-eval-not: hardcoded-credential
                'second_options' => ['label' => 'Repeat password'], // tfl-eval-not: hardcoded-credential
                'invalid_message' => 'The password fields must match.', // tfl-eval-not: hardcoded-credential
                'constraints' => [new Length(['min' => 10])],
            ]);
    }
}
