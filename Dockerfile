# Vigie in a container: Debian bookworm slim + the .deb built by `make dist` (no Swift toolchain inside).
#   make dist && docker build -t vigie .
#   docker run --rm -v "$PWD/reports:/work/reports" vigie audit https://www.example.fr --fail-on error
# `make test-dist` runs this file's COPY and RUN steps in a fresh debootstrap root (no docker engine needed).
FROM debian:bookworm-slim
COPY dist/vigie_*.deb /tmp/
RUN cd /tmp && apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ./vigie_*.deb ca-certificates && rm -rf /var/lib/apt/lists/* /tmp/vigie_*.deb
WORKDIR /work
ENTRYPOINT ["vigie"]
CMD ["--help"]
