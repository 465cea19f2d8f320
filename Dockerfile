# syntax=docker/dockerfile:1

# Front end: our Sass and GOV.UK Frontend's JavaScript, built into cms/static/dist.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY scripts/build-frontend.mjs scripts/
COPY cms/static_src/ cms/static_src/
RUN npm run build


# Python dependencies, installed into a virtualenv that the runtime stage copies.
FROM python:3.11-slim-bookworm AS python-build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
# Exactly the versions in requirements.lock (the site's dependencies, without the test tools), each
# checked against its hash. The app itself runs from its source tree in /app, which holds the
# templates, static files and migrations a built package would leave out.
COPY requirements.lock /tmp/requirements.lock
RUN /opt/venv/bin/pip install --no-cache-dir --require-hashes --no-deps -r /tmp/requirements.lock


FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000
RUN useradd --uid 1000 --user-group --create-home --shell /usr/sbin/nologin app
WORKDIR /app

COPY --from=python-build /opt/venv /opt/venv
COPY . .
COPY --from=frontend /src/cms/static/dist cms/static/dist

# Production settings refuse to load without SECRET_KEY, ALLOWED_HOSTS and WAGTAILADMIN_BASE_URL; these
# placeholders exist only for this command and are not kept in the image. Uploaded media go to /app/media (a volume)
# unless AWS_STORAGE_BUCKET_NAME is set.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost WAGTAILADMIN_BASE_URL=https://localhost \
        python manage.py collectstatic --noinput \
    && mkdir -p media \
    && chown app:app media

USER app
EXPOSE 8000

# /health/ is exempt from the HTTPS redirect. The Host header must be one Django accepts, so it is
# taken from ALLOWED_HOSTS (a leading "." wildcard stripped, "*" skipped).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; host = next((h.strip().lstrip('.') for h in os.environ.get('ALLOWED_HOSTS', '').split(',') if h.strip() not in ('', '*')), 'localhost'); r.urlopen(r.Request('http://127.0.0.1:%s/health/' % os.environ.get('PORT', '8000'), headers={'Host': host}), timeout=4)"]

# gunicorn.conf.py binds to $PORT and keeps query strings (what residents typed) out of the access log.
CMD ["gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi:application"]
