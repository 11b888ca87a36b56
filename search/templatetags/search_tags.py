from django import template

from ..query import highlight as highlight_words

register = template.Library()


@register.filter
def highlight(text, words):
    """The text with the query's words marked, whatever their spelling in the text."""
    return highlight_words(text, words)
