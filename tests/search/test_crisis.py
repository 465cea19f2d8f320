"""Someone in crisis sees the "Get help now" lines before anything else on the results page."""

import pytest

from tests.search.conftest import soup

pytestmark = pytest.mark.django_db


def help_lines_come_before_the_results(response):
    page = soup(response)
    help_lines = page.find(string=lambda text: text and "116 123" in text)
    heading = page.find(id="results-heading")
    assert help_lines is not None, "no help lines on the page"
    return heading in help_lines.find_all_next(id="results-heading")


@pytest.mark.parametrize(
    "typed",
    [
        "suicidal",
        "Suicide",
        "crisis",
        "self harm",
        "self-harm",
        "I can't cope",
        "cant cope anymore",
        "want to die",
    ],
)
def test_crisis_words_show_the_help_lines_first(client, typed):
    assert help_lines_come_before_the_results(client.get("/search/", {"query": typed}))


@pytest.mark.parametrize(
    "typed",
    ["harm", "cope", "self", "coping with grief", "die", "crisis loan", "housing crisis", "bus company"],
)
def test_words_only_near_a_crisis_do_not_bring_the_help_lines_first(client, typed):
    response = client.get("/search/", {"query": typed})

    assert "116 123" not in response.content.decode() or not help_lines_come_before_the_results(response)


def test_loneliness_searches_show_the_help_lines_after_the_results(client):
    assert not help_lines_come_before_the_results(client.get("/search/", {"query": "lonely"}))


@pytest.mark.parametrize("typed", ["self harming", "sucidal", "crisis", "I can't cope"])
def test_a_crisis_search_is_never_corrected_into_other_words(client, typed):
    response = client.get("/search/", {"query": typed})

    assert "Nothing matched" not in response.content.decode()
    assert help_lines_come_before_the_results(response)


@pytest.mark.parametrize("typed", ["bus company", "online banking", "community interest company"])
def test_words_that_only_synonyms_tie_to_loneliness_bring_no_help_lines(client, typed):
    assert "116 123" not in client.get("/search/", {"query": typed}).content.decode()


@pytest.mark.parametrize("typed", ["crisis loan", "housing crisis", "cost of living crisis"])
def test_everyday_uses_of_crisis_bring_no_help_lines(client, typed):
    assert "116 123" not in client.get("/search/", {"query": typed}).content.decode()


@pytest.mark.parametrize("typed", ["suicidal", "self harm", "I can't cope", "sucidal"])
def test_the_page_with_the_help_lines_is_the_first_result_for_crisis_words(client, typed):
    from search.guidance import first_block_in_toolkits
    from tests.search.conftest import result_titles

    help_page, _ = first_block_in_toolkits("get_help_now")

    assert result_titles(client.get("/search/", {"query": typed}))[0] == help_page.title


def test_the_help_page_is_not_added_for_everyday_uses_of_crisis_words(client):
    from search.guidance import first_block_in_toolkits
    from tests.search.conftest import result_titles

    help_page, _ = first_block_in_toolkits("get_help_now")

    assert help_page.title not in result_titles(client.get("/search/", {"query": "crisis loan"}))[:1]
