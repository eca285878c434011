from trivia import server


def test_questions_have_answers():
    assert all(answer for _, answer in server.QUESTIONS)
