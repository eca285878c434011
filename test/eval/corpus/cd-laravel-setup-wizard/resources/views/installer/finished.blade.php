@extends('installer.layout')
@section('content')
  <h1>{{ __('Setup finished') }}</h1>
  <p>{{ __('Your password was saved. Log in with the e-mail you entered.') }}</p>
  <code>DB_PASSWORD=********</code>
@endsection
