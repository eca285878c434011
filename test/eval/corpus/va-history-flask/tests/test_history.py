from app import app

recorded = []


def test_ask_records_history():
    client = app.test_client()
    response = client.post("/api/ask", json={"question": "why"})
    recorded.append(response.json)
    assert response.status_code == 201
