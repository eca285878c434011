def test_rsvp_creates_guest(client):
    resp = client.post("/events/spring-gala/rsvp", json={"email": "ada@example.org", "meal": "veg"})
    assert resp.status_code == 201
    assert resp.json["meal"] == "Vegetarian"
