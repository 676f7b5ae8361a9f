# Vigie — the two commands a newcomer needs: `make demo` and `make test`.
# Both install the missing Debian packages first (apt-get; as root, or through sudo).

SWIFT ?= swift
APT_PACKAGES := pkg-config libcurl4-openssl-dev libxml2-dev libpsl-dev zlib1g-dev cmark-gfm python3-jsonschema
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release test demo demo-example rules clean bench bench-quick bench-smoke

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# `swift test` does not link the executable: build it first, the CLI tests run it.
test: deps
	$(SWIFT) build
	$(SWIFT) test

demo: release
	@mkdir -p reports
	./.build/release/vigie audit demo --output reports/demo.md
	@echo "Report written to reports/demo.md"

# The benchmark (see bench/README.md): 10,000 pages, and 1,000 for the quick run.
bench:
	bench/run.sh --pages 10000 --write

bench-quick:
	bench/run.sh --quick

bench-smoke:
	bench/run.sh --smoke

# Regenerate the compiled-in copy of rules/ after editing a pack.
rules:
	python3 scripts/embed-rules.py

clean:
	rm -rf .build

# Regenerate the committed sample report (reports/examples/demo.md) after a change that alters it;
# DemoExampleTests fails until it is in step.
demo-example: build
	./.build/debug/vigie audit demo --quiet --output reports/examples/demo.md
