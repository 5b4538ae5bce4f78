#!/usr/bin/env bash
# Regenerates src/main/java/org/newskg/rdf/NK.java from ontology/newskg.ttl with Jena's schemagen.
# Run from anywhere after changing the ontology; VocabularyDriftTest fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
java -cp "$(cat "$cp_file")" jena.schemagen \
    -i ontology/newskg.ttl -e TURTLE --owl \
    -a 'https://w3id.org/newskg/ns#' \
    --package org.newskg.rdf -n NK \
    --header '/* Generated from ontology/newskg.ttl by scripts/gen-vocab.sh (jena.schemagen). Do not edit. */%nl%%package%%nl%%imports%%nl%/**%nl% * Vocabulary of the newskg ontology (namespace https://w3id.org/newskg/ns#).%nl% */' \
    -o src/main/java
echo "wrote src/main/java/org/newskg/rdf/NK.java" >&2
