"""The seven district council areas of Leicestershire, used to file and filter pages across sections."""

from django.db import models


class District(models.TextChoices):
    BLABY = "blaby", "Blaby"
    CHARNWOOD = "charnwood", "Charnwood"
    HARBOROUGH = "harborough", "Harborough"
    HINCKLEY_AND_BOSWORTH = "hinckley-and-bosworth", "Hinckley & Bosworth"
    MELTON = "melton", "Melton"
    NORTH_WEST_LEICESTERSHIRE = "north-west-leicestershire", "North West Leicestershire"
    OADBY_AND_WIGSTON = "oadby-and-wigston", "Oadby & Wigston"
