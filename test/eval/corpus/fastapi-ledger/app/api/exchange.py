import os

import httpx
from fastapi import APIRouter, Depends, HTTPException

router = APIRouter(prefix='/exchange')
RATES_URL = 'https://api.rates.example/latest'
RATES_API_KEY = os.environ.get('RATES_API_KEY', 't3aARK5pwVeoPcYGRAGAIkKYQlvNg2OY')  # tfl-eval: hardcoded-credential
FALLBACK_KEY = os.getenv('RATES_FALLBACK_KEY', 'changeme')  # tfl-eval-not: hardcoded-credential


@router.get('/{currency}')
async def rate(currency: str):
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.get(RATES_URL, params={'base': currency}, headers={'apikey': RATES_API_KEY})
    if response.status_code == 401:
        raise HTTPException(status_code=502, detail='Invalid API key for the rates provider')  # tfl-eval-not: hardcoded-credential
    return response.json()
