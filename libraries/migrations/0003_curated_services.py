"""The Communities Team's list of library services and facilities (from the annual reports' hub services)."""

from django.db import migrations

SERVICES = [
    ("adult-learning", "Adult learning", "Courses and classes for adults."),
    ("work-club", "Work club", "Help with finding work, CVs and job applications."),
    ("keep-safe-place", "Keep Safe Place", "A safe place to go if you feel scared or at risk while out."),
    ("cafe", "Café", "Drinks and snacks, and somewhere to meet."),
    ("meeting-room-hire", "Meeting room hire", "Space that community groups can book."),
    ("local-area-coordination", "Local Area Coordination base", "Meet your Local Area Coordinator here."),
    ("computers-and-wifi", "Computers and wifi", "Public computers and free wifi."),
    ("childrens-activities", "Children's activities", "Story times, rhyme times and holiday activities."),
    ("accessible-toilet", "Accessible toilet", ""),
    ("parking", "Parking", ""),
    ("printing-and-copying", "Printing and copying", ""),
    ("reading-groups", "Reading groups", ""),
]


def add_services(apps, schema_editor):
    LibraryService = apps.get_model("libraries", "LibraryService")
    for order, (slug, name, description) in enumerate(SERVICES):
        LibraryService.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order * 10}
        )


def remove_services(apps, schema_editor):
    apps.get_model("libraries", "LibraryService").objects.filter(slug__in=[s[0] for s in SERVICES]).delete()


class Migration(migrations.Migration):
    dependencies = [("libraries", "0002_library_pages")]

    operations = [migrations.RunPython(add_services, remove_services)]
