/** Preparing, rendering and sanitising Markdown bodies; not API. */
package dev.redazione.ingest.internal.markdown;
