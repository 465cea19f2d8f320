from wagtail.search.backends import opensearch2

from search.backends import WordByWordQueryCompiler


class OpenSearch2SearchQueryCompiler(WordByWordQueryCompiler, opensearch2.OpenSearch2SearchQueryCompiler):
    pass


class OpenSearch2SearchBackend(opensearch2.OpenSearch2SearchBackend):
    query_compiler_class = OpenSearch2SearchQueryCompiler


SearchBackend = OpenSearch2SearchBackend
