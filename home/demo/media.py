"""Example image and document for the demo site, drawn with Pillow so nothing is downloaded."""

import io

from PIL import Image, ImageDraw

BRAND_GREEN = (20, 83, 45)
LIGHT_GREEN = (220, 238, 226)


def example_illustration_png():
    """An abstract illustration: rolling green hills under a pale sky, with a small village."""
    image = Image.new("RGB", (1200, 600), (235, 244, 250))
    draw = ImageDraw.Draw(image)
    draw.ellipse((-300, 300, 700, 1000), fill=(120, 170, 110))
    draw.ellipse((400, 340, 1500, 1100), fill=(80, 140, 90))
    draw.ellipse((-100, 420, 900, 1200), fill=BRAND_GREEN)
    for x, height in ((520, 70), (600, 90), (690, 60)):
        draw.rectangle((x, 420 - height, x + 60, 420), fill=(245, 240, 230))
        draw.polygon(
            [(x - 8, 420 - height), (x + 30, 380 - height), (x + 68, 420 - height)], fill=(150, 60, 50)
        )
    draw.ellipse((950, 60, 1060, 170), fill=(250, 220, 120))
    return _encode(image, "PNG")


def example_document_pdf(title, lines):
    """A one-page PDF with a title and a few lines of text."""
    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1240, 160), fill=BRAND_GREEN)
    draw.text((80, 60), title, fill="white", font_size=44)
    for number, line in enumerate(lines):
        draw.text((80, 240 + number * 60), line, fill="black", font_size=32)
    return _encode(page, "PDF")


def _encode(image, image_format):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()
