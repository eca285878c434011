<?php
// Anglers' catch log: posts a catch to the regional fisheries API.
if (!defined('SMF'))
	die('No direct access...');

function postCatchToRegistry(array $catch)
{
	global $modSettings;

	$ch = curl_init('https://registry.fisheries.example/api/catches');
	curl_setopt($ch, CURLOPT_USERPWD, 'anglers-club:!OGtwPb-veEsz7Th'); // tfl-eval: hardcoded-credential
	curl_setopt($ch, CURLOPT_POST, true);
	curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($catch));
	curl_setopt($ch, CURLOPT_HTTPHEADER, array(
		'Content-Type: application/json',
		'X-Registry-Key: ' . $modSettings['fisheries_api_key'], // tfl-eval-not: hardcoded-credential
	));
	curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
	$out = curl_exec($ch);
	curl_close($ch);
	return $out;
}

function weatherForLake($lake)
{
	$url = 'https://api.openweathermap.org/data/2.5/weather?q=' . urlencode($lake) . '&appid=43ad77e767a2bdfe788a62c957c68f97'; // tfl-eval: hardcoded-credential
	return json_decode(file_get_contents($url), true);
}
