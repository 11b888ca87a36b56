from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    # No max_length: an over-long query is cut to its first words, never refused.
    q = forms.CharField(label=_("Search for"), required=False)
    type = forms.CharField(required=False, widget=forms.HiddenInput)
