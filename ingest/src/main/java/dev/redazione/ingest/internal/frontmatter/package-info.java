/** Decoding YAML, TOML and JSON front matter and mapping its keys onto article fields; not API. */
package dev.redazione.ingest.internal.frontmatter;
