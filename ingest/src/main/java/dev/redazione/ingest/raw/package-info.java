/** Extraction of article fields from raw pasted text without front matter. */
package dev.redazione.ingest.raw;
