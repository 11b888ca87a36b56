"""The shared StreamField blocks every page body is built from.

Few blocks, each accessible by construction: headings are h2/h3 only (the page owns the h1),
images demand alt text unless marked decorative, questions open with native <details>, tables
need a caption and header cells, and a video plays from our own host with captions or is a
plain link: no page loads anything from another host, so nothing is embedded from one.
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import (
    TypedTable,
    TypedTableBlock,
    TypedTableBlockValidationError,
)
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from citizens_site.core.content.indicator_charts import indicator_figures, metric_choices

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]
VIDEO_EXTENSIONS = ("mp4", "webm")


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "blocks/quote_block.html"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "blocks/question_answer_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A download with its type and size beside the link, so nobody opens a 20 MB file by
    surprise on a phone plan."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"


class VideoBlock(blocks.StructBlock):
    """A video uploaded to the documents library and played by the browser, or a link to a
    video elsewhere. Embedding another site's player would load scripts from another host."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    video = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An MP4 or WebM file uploaded to the documents library."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) captions file in the page's language."),
    )
    external_url = blocks.URLBlock(
        label=_("Link to the video on another site"),
        required=False,
        help_text=_("Shown as a link, never embedded."),
    )
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value["video"] and not value["external_url"]:
            errors["video"] = ValidationError(_("Choose a video file or give a link."))
        elif value["video"] and value["video"].file_extension.lower() not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError(_("The video file must be MP4 or WebM."))
        if value["captions"] and value["captions"].file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Captions must be a WebVTT (.vtt) file."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class CallToActionBlock(blocks.StructBlock):
    """One prominent link: to a page of the site or to the submission form's address."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    button = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("Or an address"),
        required=False,
        help_text=_("For addresses that are not pages, such as /ar/complaints/submit/."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value["page"]) == bool(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class DataTableBlock(TypedTableBlock):
    """A table of figures: header cells per column and a caption, which screen readers
    announce before the figures.

    wagtail-localize skips block types it does not know, which would leave a report's tables
    untranslated; the two methods below give translators the caption, the headings and the
    text cells (numbers stay as they are in every language)."""

    def clean(self, value):
        value = super().clean(value)
        if not (value.caption or "").strip():
            raise TypedTableBlockValidationError(
                non_block_errors=[_("Give the table a caption saying what it shows.")]
            )
        return value

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        segments = [StringSegmentValue("caption", value.caption)] if value.caption else []
        for index, column in enumerate(value.columns):
            if column["heading"]:
                segments.append(StringSegmentValue(f"heading-{index}", column["heading"]))
        for row_index, row in enumerate(value.row_data):
            for index, (column, cell) in enumerate(zip(value.columns, row["values"], strict=True)):
                if column["block"].name == "text" and cell:
                    segments.append(StringSegmentValue(f"cell-{row_index}-{index}", cell))
        return segments

    def restore_translated_segments(self, value, segments):
        text = {segment.path: segment.render_text() for segment in segments}
        columns = [
            {**column, "heading": text.get(f"heading-{index}", column["heading"])}
            for index, column in enumerate(value.columns)
        ]
        rows = [
            {
                "values": [
                    text.get(f"cell-{row_index}-{index}", cell)
                    for index, cell in enumerate(row["values"])
                ]
            }
            for row_index, row in enumerate(value.row_data)
        ]
        return TypedTable(
            columns=columns, row_data=rows, caption=text.get("caption", value.caption)
        )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/data_table_block.html"


def data_table_block():
    return DataTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"), decimal_places=2)),
        ]
    )


class IndicatorChartBlock(blocks.StructBlock):
    """A live chart of the published performance indicators, with its table: the figures
    are those of the transparency page at the time the page is read."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    scope = blocks.ChoiceBlock(
        label=_("Bodies"),
        default="national",
        choices=[
            ("national", _("Ministries and independent bodies")),
            ("governorates", _("Governorates")),
        ],
    )
    metric = blocks.ChoiceBlock(
        label=_("Figure"),
        default="answered_in_time_share",
        choices=metric_choices,  # the complaints app's catalogue of figures
    )
    period = blocks.ChoiceBlock(
        label=_("Period"),
        default="365",
        choices=[
            ("90", _("The last 90 days")),
            ("365", _("The last 12 months")),
            ("all", _("Since the portal opened")),
        ],
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        figures = indicator_figures(
            scope=value["scope"], metric=value["metric"], period=value["period"]
        )
        metric_label = dict(self.child_blocks["metric"].field.choices)[value["metric"]]
        context.update(
            chart_id=f"indicator-chart-{uuid.uuid4().hex[:8]}",
            rows=list(zip(figures["labels"], figures["values"], strict=True)),
            metric_label=metric_label,
            chart={
                "labels": figures["labels"],
                "series": [{"label": str(metric_label), "values": figures["values"]}],
            },
        )
        return context

    class Meta:
        icon = "table"
        label = _("Indicator chart")
        template = "blocks/indicator_chart_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    question = QuestionAnswerBlock()
    table = data_table_block()


class ReportBodyBlock(BodyBlock):
    """A monitoring report's body: the shared blocks and live indicator charts."""

    indicator_chart = IndicatorChartBlock()
